# N-body simulation of the Sun and the four giant planets; stresses float arithmetic and list indexing in tight loops.
"""Integrates the outer solar system with a symplectic Euler step for n steps
and returns the total energy before and after. Every operation is +, -, *, /
or sqrt, so the energies are IEEE-exact and are compared exactly.

Each body is a flat list [x, y, z, vx, vy, vz, mass] in units of AU, years
and solar masses; the pair list is built once so the inner loop only indexes.
"""

import math

SIZES = {"quick": 1000, "full": 30000}

PI = math.pi
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24

# Positions (AU) and velocities (AU/day) of the giant planets, from the
# standard n-body benchmark data set.
PLANETS = [
    # Jupiter
    (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
     1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
     9.54791938424326609e-04),
    # Saturn
    (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
     -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
     2.85885980666130812e-04),
    # Uranus
    (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
     2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
     4.36624404335156298e-05),
    # Neptune
    (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
     2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
     5.15138902046611451e-05),
]

DT = 0.01

# Energies computed with CPython 3.13: (energy before, energy after n steps).
EXPECTED = {
    1000: (-0.16907516382852447, -0.1690876052346061),
    30000: (-0.16907516382852447, -0.16902069490965935),
}


def make_system():
    """Fresh bodies (the simulation mutates them) with the Sun's momentum
    chosen so the system's centre of mass is at rest."""
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]]
    for x, y, z, vx, vy, vz, m in PLANETS:
        bodies.append([x, y, z,
                       vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR,
                       m * SOLAR_MASS])
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS
    return bodies


def make_pairs(bodies):
    return [(bodies[i], bodies[j])
            for i in range(len(bodies)) for j in range(i + 1, len(bodies))]


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    for b1, b2 in pairs:
        dx = b1[0] - b2[0]
        dy = b1[1] - b2[1]
        dz = b1[2] - b2[2]
        e -= b1[6] * b2[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, steps, dt):
    for _ in range(steps):
        # Velocities first, from the old positions (symplectic Euler).
        for b1, b2 in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            # dt / d^3 via sqrt rather than ** -1.5: pow is not guaranteed to
            # round identically across runtimes, sqrt is.
            mag = dt / (d2 * math.sqrt(d2))
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def bench(n):
    bodies = make_system()
    pairs = make_pairs(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, n, DT)
    return (before, energy(bodies, pairs))


def check(result, n):
    if n in EXPECTED:
        if result != EXPECTED[n]:
            raise AssertionError(f"nbody: expected {EXPECTED[n]!r} for n={n}, got {result!r}")
        return
    # No stored reference: the symplectic integrator keeps the energy error
    # bounded (about 3e-4 relative at this step size), and the initial energy
    # is fixed.
    before, after = result
    if before != EXPECTED[1000][0] or not abs(after - before) < 1e-3 * abs(before):
        raise AssertionError(
            f"nbody: expected energy {EXPECTED[1000][0]!r} conserved within 1e-3 for n={n}, got {result!r}")


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("nbody", n, "ok")
