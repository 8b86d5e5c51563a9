# float: shortest round-trip repr, hex/fromhex, ratios, rounding, inf/nan and the errors.
values = [0.1, 0.5, 1 / 3, 2 / 3, 1e16, 1e22, 1.5e-7, 123456789.123, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 1e15, 12345678901234567.0]
for v in values:
    print(repr(v), str(v), v.hex(), v.as_integer_ratio() if v == v and abs(v) != float("inf") else None)
print(float("1e500"), float("-inf"), float("nan"), float("  3.5  "), float("1_000.5"), float(".5"), float("5."), float("infinity"))
print(0.1 + 0.2, 0.1 * 3, 1.0 / 3.0, 7.0 // 2.0, -7.0 // 2.0, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 2.0 ** 0.5, (-8.0) ** (1 / 3) if False else 8.0 ** (1 / 3))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1234.5678, -2), round(5e-324, 400))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("inf"), (3.0).is_integer(), (3.5).is_integer())
inf = float("inf")
nan = float("nan")
print(inf > 10 ** 400, -inf < 0, nan == nan, nan != nan, inf - inf, inf * 0, abs(-inf), min(1.0, nan), max(nan, 1.0))
print(1e308 * 10, -1e308 * 10, 2.0 ** -1075, 1.0 + 1e-17 == 1.0, float(10 ** 308), hash(1.0) == hash(1), hash(0.5), hash(inf), hash(-0.0))
print(int(1e18), int(-2.9), float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1), 1e16 + 1, 0.1.__round__(), (2.5).__trunc__())
print(f"{3.14159:.2f}", f"{1234.5:e}", f"{0.00012:g}", f"{1e20:g}", f"{12.0:g}", f"{0.5:%}", f"{-1.5:+.1f}", f"{1e-5:.3}", f"{3.0:.0f}", format(1.25, ".1f"), format(inf, "f"), format(nan, ".2f"))
for op in ["1.0 / 0", "1.0 // 0.0", "1.0 % 0", "divmod(1.0, 0.0)", "0.0 ** -1", "float('abc')", "(-1.0) ** 0.5", "10.0 ** 400", "int(float('inf'))", "int(float('nan'))", "round(inf)", "float(10 ** 400)"]:
    try:
        print(eval(op))
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
