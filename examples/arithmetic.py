# Assignments and int/float arithmetic, printed the way CPython prints numbers.
a = 7
b = -3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +b)
print(2 ** 64, 2 ** 100 - 1, -(2 ** 63), 10 ** 18 * 10 ** 18)
x = 1.5
y = 0.1
print(x + y, x * 3, y * 3, x / 4, x // 0.4, x % 0.4, 2.0 ** 0.5, 1e22, 1e16, 123456789.0 * 10)
print(0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e-5, 3.0e-10, float("inf"), -float("inf"), 5e-324)
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 7.0 // -2, -7.5 % 2, divmod(-17, 5), divmod(17.5, -5))
total = 0
total += 10
total -= 3
total *= 4
total //= 3
total **= 2
print(total, abs(-2.5), round(2.675, 2), round(0.5), round(1.5), round(-2.5), int(7.9), int(-7.9), float(3))
print(1 == 1.0, 3 > 2.5, 2 ** -2, 10 / 5, 1_000_000, 0x1F, 0o17, 0b101, 1e3 == 1000)
