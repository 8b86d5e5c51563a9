# Names across scopes: globals, nonlocals, closures, class scopes, comprehension scopes, __debug__ and __class__.
counter = 0


def increment():
    global counter
    counter += 1
    return counter


def closure():
    value = 1

    def read():
        return value

    def write():
        nonlocal value
        value = 2
        return value

    return read, write


class Scope:
    name = 'class'
    names = [name for _ in range(1)]
    lambda_name = lambda self: self.name

    def method(self):
        return __class__, super()


def comprehension_scope(items):
    return [y for x in items if (y := x)], y


if __debug__:
    debug = True
del counter
