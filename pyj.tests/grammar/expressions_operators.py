# Operators of every precedence level, boolean logic, comparisons and conditional expressions.
a, b, c, d = 1, 2, 3, 4
arithmetic = a + b - c * d / a // b % c ** d @ d if False else a + b
power = a ** -b, -a ** b, a ** b ** c, (-a) ** b, (squared := 2 ** 3)
unary = -a, +a, ~a, not a, - - a, not not a, -(~a)
bitwise = a | b ^ c & d << a >> b, ~a & b | c
shifts = a << b >> c << d
comparisons = a < b, a <= b, a > b, a >= b, a == b, a != b, a in [b], a not in [b], a is b, a is not b
chained = a < b < c <= d, a == b != c, a is not b is c, a in [b] not in [[c]], 1 < a > 0
boolean = a and b or c and not d, (a or b) and (c or d), a and b and c, a or b or c or d
conditional = a if b else c, a if b else c if d else a, (a if b else c) if d else a
lambda_in_conditional = (lambda: a) if b else (lambda: c)
grouping = ((a + b) * (c - d)), (((a)))
matmul = a @ b @ c
floor_mod = a // b % c, -a // b, a % -b
walrus = (x := 10), (y := x + 1), [z := 1, z + 1]
parenthesized_walrus_in_if = [v for v in range(3) if (w := v)]
precedence = not a == b, a + b * c, a * b + c, a - b - c, a / b / c, a ** b * c, -a.real
