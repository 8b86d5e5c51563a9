# Filters, indexes and groups a catalogue of small objects with list/dict/set comprehensions: stresses comprehension frames, attribute loads and container building.
"""CPython 3.12+ inlines comprehensions into the enclosing function (PEP 709);
a runtime may or may not. Each iteration builds the catalogue and then, for
three weight thresholds, runs a series of comprehensions over it: filtered
lists, dicts keyed by int, int sets, nested two-level comprehensions and a
comprehension per group.
Only order-independent facts are taken from sets (len, sum, sorted), so the
result does not depend on set iteration order.
"""

SIZES = {"quick": 1_000, "full": 50_000}

# Results of bench(n) computed by CPython 3.13.
EXPECTED = {
    1_000: ((714, 18291900, 16, 120, 310, 148638, 48, 170, 22134),
            (531, 16632497, 16, 120, 207, 97923, 40, 158, 30833),
            (293, 11340608, 16, 120, 34, 15135, 27, 146, 59408)),
    50_000: ((35623, 943784084, 16, 120, 1000, 500500, 2234, 170, 22134),
             (26250, 859272672, 16, 120, 1000, 500500, 1649, 158, 30833),
             (14987, 603437370, 16, 120, 959, 477239, 949, 146, 59408)),
}

NUM_GROUPS = 16


class Item:
    def __init__(self, ident, group, weight, price, active):
        self.ident = ident
        self.group = group
        self.weight = weight
        self.price = price
        self.active = active


def make_items(n):
    # Pseudo-random but reproducible fields from a multiplicative hash of the
    # index (Knuth's constant), cheaper than an RNG so the comprehensions
    # below dominate the time.
    items = []
    for i in range(n):
        h = (i * 2654435761) & 0xFFFFFFFF
        items.append(Item(i, h & (NUM_GROUPS - 1), 1 + (h >> 4) % 100,
                          1 + (h >> 11) % 1000, (h >> 21) & 3 != 0))
    return items


def query(items, min_weight):
    """Run the comprehension series over items heavier than min_weight."""
    # Filtering list comprehension with a compound condition.
    active = [it for it in items if it.active and it.weight > min_weight]

    # Dict comprehensions keyed by int: an index and a derived table.
    by_ident = {it.ident: it for it in active}
    value_of = {ident: it.price * it.weight for ident, it in by_ident.items()}

    # Set comprehensions: only order-independent facts are used.
    groups = {it.group for it in active}
    heavy_prices = {it.price for it in active if it.weight > min_weight + 35}

    # One list comprehension per group, inside a dict comprehension.
    members = {g: [it.ident for it in active if it.group == g] for g in sorted(groups)}

    # Nested two-level comprehension over a bounded sample (quadratic part).
    sample = active[:60]
    close_pairs = [(a.ident, b.ident) for a in sample for b in sample
                   if a.ident < b.ident and abs(a.price - b.price) < 50]

    # Generator expressions consumed by builtins.
    total_value = sum(value_of[it.ident] for it in active)
    biggest_group = max((len(idents) for idents in members.values()), default=0)

    return (len(active), total_value, len(groups), sum(groups), len(heavy_prices),
            sum(heavy_prices), biggest_group, len(close_pairs),
            sum([a * 3 + b for a, b in close_pairs]))


def bench(n):
    items = make_items(n)
    # Several passes with different thresholds over the same catalogue, so
    # building the objects is not the dominant cost.
    return tuple([query(items, min_weight) for min_weight in (5, 30, 60)])


def check(result, n):
    if n not in EXPECTED:
        raise AssertionError("comprehensions: no reference for n=%d" % n)
    expected = EXPECTED[n]
    if result != expected:
        raise AssertionError(
            "comprehensions: expected %r for n=%d, got %r" % (expected, n, result))


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("comprehensions", n, "ok")
