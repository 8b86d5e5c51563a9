# Moves a swarm of small particle objects by method calls: stresses instance attribute loads/stores and bound-method calls.
"""Micro kernel for an optimizing tier.

Every step calls short Python methods on small objects (attribute reads,
attribute writes, a method call with a method-call argument), which is what
inline caches, shape/hidden-class guards and call inlining target. All values
are small ints so the final state has a closed form that check() recomputes
with plain local arithmetic, independent of the object machinery.
"""

SIZES = {"quick": 5_000, "full": 150_000}

# A fixed swarm size keeps the objects hot; n counts the steps.
NUM_PARTICLES = 8
WRAP = 1_000     # positions live on a ring of this size


class Particle:
    def __init__(self, x, vx):
        self.x = x
        self.vx = vx
        self.hits = 0

    def velocity(self):
        return self.vx

    def advance(self, dx):
        # The position wraps around the ring; a wrap counts as a "hit".
        x = self.x + dx
        if x >= WRAP:
            x -= WRAP
            self.hits += 1
        self.x = x

    def step(self):
        self.advance(self.velocity())


class Swarm:
    def __init__(self, count):
        self.particles = [Particle(i * 7, i + 1) for i in range(count)]
        self.steps = 0

    def step(self):
        for p in self.particles:
            p.step()
        self.steps += 1

    def checksum(self):
        total = 0
        for p in self.particles:
            total += p.x * 31 + p.hits
        return total


def bench(n):
    swarm = Swarm(NUM_PARTICLES)
    for _ in range(n):
        swarm.step()
    return (swarm.steps, swarm.checksum())


def check(result, n):
    # Closed form: particle i starts at 7*i with velocity i+1, so after n steps
    # it has travelled n*(i+1); position and wrap count follow by divmod.
    total = 0
    for i in range(NUM_PARTICLES):
        hits, x = divmod(i * 7 + n * (i + 1), WRAP)
        total += x * 31 + hits
    expected = (n, total)
    if result != expected:
        raise AssertionError(
            "attr_calls: expected %r for n=%d, got %r" % (expected, n, result))


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("attr_calls", n, "ok")
