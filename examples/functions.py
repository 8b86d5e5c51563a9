# def, calls, return values, default and keyword arguments, recursion.
def square(x):
    return x * x


def power(base, exp=2):
    result = 1
    while exp > 0:
        result *= base
        exp -= 1
    return result


def describe(name, *, loud=False):
    text = "name: " + name
    if loud:
        return text.upper()
    return text


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def nothing():
    pass


print(square(12), square(1.5), power(3), power(2, 10), power(base=5, exp=3))
print(describe("pyj"), describe("pyj", loud=True))
print(factorial(20), factorial(30))
print([fib(i) for i in range(15)])
print(nothing(), square(square(3)))
