# Implicit and explicit chaining, try/except/else/finally control flow, and re-raising.
def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e

try:
    chained()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")

try:
    implicit()
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("x") from None
except KeyError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

def finally_return():
    try:
        return "try"
    finally:
        print("finally runs")

print(finally_return())

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(swallow())

def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

print(loop_control())

def else_clause(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        return "div0"
    else:
        return f"else {r}"
    finally:
        print("cleanup", x)

print(else_clause(2), else_clause(0))

def reraise():
    try:
        int("x")
    except ValueError:
        print("logging")
        raise

try:
    reraise()
except ValueError as e:
    print("caught again:", e)

def nested_handlers():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("not here")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)

nested_handlers()

e_saved = None
try:
    raise OSError("x")
except OSError as e:
    e_saved = e
try:
    print(e)
except NameError as n:
    print("NameError:", n)
print(repr(e_saved))

def exc_in_except():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError as t:
            return repr(t.__context__)

print(exc_in_except())

try:
    raise ValueError("a") from TypeError("b")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)

try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)

class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with Ctx("a") as a, Ctx("b") as b:
    print("body", a.name, b.name)
with Ctx("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Ctx("t"):
        raise KeyError("escapes")
except KeyError as e:
    print("escaped", e)

def with_return():
    with Ctx("r"):
        return "returned"

print(with_return())
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)

class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)

import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
