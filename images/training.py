# Training run for the images' AOT cache: touches the code paths of a typical small program
# (compiling, printing, arithmetic, strings, containers, functions, classes, exceptions, imports)
# so the JVM can load and link those classes from the cache at start-up.
import math
import sys
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


total = 0
for i in range(2000):
    total += i * i
words = "the quick brown fox".split()
table = {w: len(w) for w in words}
try:
    1 / 0
except ZeroDivisionError as e:
    message = str(e)
print("hello", fib(15), total, sorted(table.items()), Point(1, 2), 3.5 * 2, message, file=sys.stdout)
