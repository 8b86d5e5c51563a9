# A rotating register machine built from tuple/list packing and unpacking: stresses UNPACK_SEQUENCE, UNPACK_EX, BUILD_TUPLE and swaps.
"""Every round unpacks and repacks an 8-tuple, a 4-element list, nested
pairs, a starred target and a multi-value return, and walks a list of
triples with a for-target tuple. The arithmetic between the unpackings is
deliberately light so the (un)packing itself dominates; it also mixes the
values so that any unpacking in the wrong order changes the final checksum.
"""

SIZES = {"quick": 3_000, "full": 100_000}

# Checksums of bench(n) computed by CPython 3.13.
EXPECTED = {
    3_000: 361165327,
    100_000: 2963703782,
}

MASK = 0xFFFF   # keeps every value a small int


def min_max(a, b):
    # Returning a pair and unpacking it at the call site is the common idiom.
    if a < b:
        return a, b
    return b, a


def bench(n):
    state = (1, 2, 3, 4, 5, 6, 7, 8)          # rebuilt as a new tuple every round
    regs = [10, 20, 30, 40]                   # unpacked and stored back in place
    triples = [(1, 2, 3), (4, 5, 6), (7, 8, 9)]
    acc = 0
    for i in range(n):
        # Fixed-size tuple unpacking, then repacking rotated by one slot.
        a, b, c, d, e, f, g, h = state
        state = (b, c, d, e, f, g, h, (a * 3 + i) & MASK)

        # List unpacking, a two-swap and a three-rotation (CPython's compiler
        # turns these into stack shuffles without a tuple), then stores
        # through subscript targets.
        w, x, y, z = regs
        x, y = y, x
        w, y, z = z, w, y
        regs[0], regs[1], regs[2], regs[3] = (w + a) & MASK, x ^ b, (y + c) & MASK, (z * 5 + d) & MASK

        # Nested targets: the right side builds tuples of tuples.
        (p, q), (r, s) = (a, e), (b ^ h, c)

        # Starred target: the middle becomes a fresh list.
        first, *middle, last = state

        lo, hi = min_max(p ^ s, q + r)

        # For-target unpacking; the triple list is refreshed from the state.
        for u, v, t in triples:
            acc += u * v - t
        triples[i % 3] = (f, g, last)

        acc = (acc + lo * 7 + hi + first - len(middle) + regs[i & 3]) & 0xFFFFFFFF
    return acc


def check(result, n):
    if n not in EXPECTED:
        raise AssertionError("unpack_sequence: no reference for n=%d" % n)
    expected = EXPECTED[n]
    if result != expected:
        raise AssertionError(
            "unpack_sequence: expected %r for n=%d, got %r" % (expected, n, result))


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("unpack_sequence", n, "ok")
