# Ray tracer rendering an n x n image of spheres over a checkered plane; stresses small-object allocation, method calls and float arithmetic.
"""Whitted-style ray tracing: primary rays from a pinhole camera, shadows
from two point lights, diffuse and specular shading, and mirror reflections
up to a fixed depth. Vectors are immutable Vec objects, so every operation
allocates. Only +, -, *, / and sqrt are used (the specular power is
computed by repeated squaring, not **), so every pixel is IEEE-exact; the
result is (sum of all 8-bit channel values, position-weighted checksum),
compared exactly.
"""

import math

SIZES = {"quick": 12, "full": 80}

MAX_DEPTH = 3
EPSILON = 1e-9       # minimum hit distance, so a ray does not re-hit its origin
SURFACE_OFFSET = 1e-4  # secondary rays start this far off the surface
CHECKSUM_MOD = 2147483647

# Computed with CPython 3.13 (each n is a different image, so there is no
# invariant to check for other sizes).
EXPECTED = {
    1: (247, 7356232),
    2: (830, 1906098527),
    4: (2916, 1479972545),
    8: (13454, 1066831604),
    12: (29332, 713372970),
    16: (53745, 884576463),
    32: (210398, 1768703033),
    64: (846420, 1069685376),
    80: (1324327, 2002670887),
}


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        """Component-wise product (colour filtering)."""
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y,
                   self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect(self, normal):
        """Mirror this direction about a unit normal."""
        return self - normal.scale(2.0 * self.dot(normal))


BLACK = Vec(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction   # unit length

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Material:
    def __init__(self, colour, diffuse, specular, shininess_steps, reflectivity):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        # Specular power is 2 ** shininess_steps, computed by squaring.
        self.shininess_steps = shininess_steps
        self.reflectivity = reflectivity

    def colour_at(self, point):
        return self.colour


class Checkerboard(Material):
    def __init__(self, colour, other, diffuse, specular, shininess_steps, reflectivity):
        super().__init__(colour, diffuse, specular, shininess_steps, reflectivity)
        self.other = other

    def colour_at(self, point):
        # Unit squares on the x-z plane.
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.colour
        return self.other


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        """Distance along ray to the nearest hit in front of it, or None."""
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).scale(1.0 / self.radius)


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if -EPSILON < denom < EPSILON:
            return None   # parallel
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
                  Checkerboard(Vec(0.9, 0.9, 0.9), Vec(0.1, 0.1, 0.1), 0.8, 0.2, 4, 0.3)),
            Sphere(Vec(0.0, 1.0, 0.0), 1.0,
                   Material(Vec(0.9, 0.2, 0.2), 0.7, 0.5, 5, 0.4)),
            Sphere(Vec(-2.2, 0.7, 1.0), 0.7,
                   Material(Vec(0.2, 0.8, 0.3), 0.9, 0.3, 3, 0.1)),
            Sphere(Vec(1.8, 0.5, -1.5), 0.5,
                   Material(Vec(0.3, 0.4, 0.9), 0.6, 0.8, 6, 0.6)),
            Sphere(Vec(0.8, 0.3, 1.6), 0.3,
                   Material(Vec(0.9, 0.9, 0.2), 0.8, 0.4, 4, 0.2)),
        ]
        self.lights = [
            Light(Vec(-5.0, 6.0, 5.0), Vec(0.8, 0.8, 0.8)),
            Light(Vec(4.0, 8.0, 3.0), Vec(0.4, 0.4, 0.5)),
        ]
        self.ambient = 0.08
        self.background = Vec(0.1, 0.15, 0.3)

    def nearest_hit(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_obj, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light.scale(1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest_hit(ray)
        if obj is None:
            return self.background
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = normal.scale(-1.0)   # hit from behind (the plane)
        material = obj.material
        base = material.colour_at(point)
        # Start secondary rays just off the surface.
        lifted = point + normal.scale(SURFACE_OFFSET)

        colour = base.scale(self.ambient)
        for light in self.lights:
            if self.in_shadow(lifted, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert <= 0.0:
                continue
            colour = colour + base.mul(light.colour).scale(material.diffuse * lambert)
            # Blinn-Phong highlight, power 2 ** shininess_steps.
            halfway = (to_light - ray.direction).normalized()
            spec = normal.dot(halfway)
            if spec > 0.0:
                for _ in range(material.shininess_steps):
                    spec = spec * spec
                colour = colour + light.colour.scale(material.specular * spec)

        if depth < MAX_DEPTH and material.reflectivity > 0.0:
            mirror = Ray(lifted, ray.direction.reflect(normal))
            reflected = self.trace(mirror, depth + 1)
            colour = colour.scale(1.0 - material.reflectivity) + reflected.scale(material.reflectivity)
        return colour


class Camera:
    def __init__(self, eye, look_at, up, width, height):
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.width = width
        self.height = height

    def ray_for(self, px, py):
        # Map the pixel centre to [-1, 1] on both axes (a 90-degree view).
        sx = (2.0 * (px + 0.5) / self.width) - 1.0
        sy = 1.0 - (2.0 * (py + 0.5) / self.height)
        direction = (self.forward + self.right.scale(sx) + self.up.scale(sy)).normalized()
        return Ray(self.eye, direction)


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0)


def render(n):
    """Yield the 8-bit (r, g, b) of each pixel, row by row."""
    scene = Scene()
    camera = Camera(Vec(0.0, 2.5, 6.0), Vec(0.0, 0.8, 0.0), Vec(0.0, 1.0, 0.0), n, n)
    for py in range(n):
        for px in range(n):
            c = scene.trace(camera.ray_for(px, py), 0)
            yield to_byte(c.x), to_byte(c.y), to_byte(c.z)


def bench(n):
    total = 0
    checksum = 0
    for r, g, b in render(n):
        total += r + g + b
        checksum = (checksum * 1000003 + (r << 16 | g << 8 | b)) % CHECKSUM_MOD
    return (total, checksum)


def check(result, n):
    if n not in EXPECTED:
        raise AssertionError(f"raytrace: no reference for n={n}")
    if result != EXPECTED[n]:
        raise AssertionError(f"raytrace: expected {EXPECTED[n]!r} for n={n}, got {result!r}")


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("raytrace", n, "ok")
