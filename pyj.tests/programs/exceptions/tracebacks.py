# Traceback objects: __traceback__, tb_next/tb_lineno/tb_frame, with_traceback, sys.exc_info and sys.exception.
def inner():
    raise ValueError("boom")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__)
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0))
        tb = tb.tb_next
    print(lines)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)

def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        return exc
exc = f()
print(exc.__traceback__.tb_lineno, exc.__traceback__.tb_frame.f_code.co_name)
try:
    raise KeyError("k").with_traceback(exc.__traceback__)
except KeyError as k:
    t = k.__traceback__
    names = []
    while t:
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(names)
try:
    e = ValueError()
    e.__traceback__ = 5
except TypeError as t:
    print("TypeError:", t)
e = ValueError()
print(e.__traceback__)
e.__traceback__ = exc.__traceback__
print(e.__traceback__ is exc.__traceback__)
import sys
try:
    raise OSError(2, "nope")
except OSError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v.errno, v.strerror, tb.tb_lineno, sys.exception() is v)
print(sys.exc_info(), sys.exception())
