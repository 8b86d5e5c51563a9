# Mixed int/float/bool/complex arithmetic and comparisons, and the unsupported-operand messages.
print(1 + 2.0, 3 * 1.5, 7 / 2, 7 // 2.0, 2 ** 0.5, True + 1.5, 1 + 2j, 2.0 * 1j, 10 % 3.5, -(True))
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, 2 ** 53 == 2.0 ** 53, 10 ** 20 < 1e21, 10 ** 400 > 1e308, 1 < 1.5 < 2)
print(sum([1, 2.5, True]), sum([0.1] * 10), sum([1e100, 1.0, -1e100]), min(3, 2.5, True), max(-1, -1.0), sorted([3, 1.5, True, 0]))
print(abs(-3), abs(-3.5), abs(-True), round(7 / 3, 3), divmod(7, 2.5), pow(2, 0.5), pow(2.0, 3), int(7 / 2))
for op in ["1 + 'a'", "'a' - 1", "[1] * 2.0", "None + 1", "1 < 'x'", "{} < {}", "-'a'", "~1.5", "1 @ 2", "[] + ()"]:
    try:
        print(eval(op))
    except TypeError as e:
        print("TypeError:", e)
