# int: arbitrary precision with a 64-bit fast path, every operator, conversions and errors.
big = 2 ** 200
print(big, -big, big // 3, big % 97, big >> 100, 1 << 130, big & (2 ** 64 - 1), big | 1, big ^ big)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2, (-2) ** 63, 3 ** 40)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10**20, 7), (-10**20, 7)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** -2, (-2) ** 3, 0 ** 0, pow(2, 100, 17), pow(3, -1, 7), pow(-3, 3, 5), pow(5, 0, 1))
print(~5, ~-1, -(-5), +5, abs(-10**30), 5 & -3, -5 | 3, -5 ^ 3, -1 >> 10, 1 << 0)
print(int("42"), int(" -17 "), int("1_000_000"), int("ff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0),
      int("z", 36), int("10", 2), int(3.99), int(-3.99), int(True), int("٣"))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True),
      int.from_bytes(b"\x00\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), (1024).to_bytes(4))
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (10**30).bit_length(),
      (37).bit_count(), (6).as_integer_ratio(), (5).is_integer(), (12).numerator, (12).denominator, (3).real, (3).imag)
print(str(10 ** 100), repr(-10 ** 40), hex(-255), oct(64), bin(-5), f"{10**20:,}", f"{255:#x}", f"{-42:08d}")
print(int.__name__, isinstance(True, int), True + 1, True * 3, False - 1, hash(10**20) == hash(10**20), hash(-1), hash(-2))
print(1 < 2 < 3, 10**20 > 10**19, 2 == 2.0, 3 != 3.0, (1).__add__(2), (5).__rsub__(2), round(12345, -2), round(-150, -2))
for bad in ["12a", "", " ", "1__0", "0x", "09" if False else "0b2"]:
    try:
        int(bad, 0 if bad.startswith("0") else 10)
    except ValueError as e:
        print("ValueError:", e)
for op in ["1 // 0", "1 % 0", "divmod(1, 0)", "pow(2, -1, 4)", "1 << -1", "int('5', 99)", "int(2.5, 10)", "(1).to_bytes(1, 'big', signed=False) if False else (-1).to_bytes(1, 'big')"]:
    try:
        eval(op)
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)))
