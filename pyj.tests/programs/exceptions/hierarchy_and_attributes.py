# Builtin exception classes: hierarchy, args/str/repr, special attributes, notes and sys.exc_info().
import sys
for cls in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, ModuleNotFoundError, RecursionError,
            UnicodeDecodeError, NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt, TimeoutError,
            BrokenPipeError, TabError, FloatingPointError, DeprecationWarning, EncodingWarning, ExceptionGroup):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
for e in (ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(), KeyError("a", "b"),
          OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), OSError("plain"), StopIteration(5),
          SystemExit(3), SystemExit(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
          SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3)), ImportError("nope", name="m", path="/p"),
          AttributeError("a", name="n", obj=1), NameError("n", name="q")):
    print(type(e).__name__, repr(e), str(e), e.args)
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
print(type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__, type(OSError(999, "?")).__name__)
print(StopIteration(7).value, StopIteration().value, SystemExit(4).code, SystemExit(1, 2).code)
u = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
s = SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)
e = ValueError("base")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print("TypeError:", t)
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, tb.tb_lineno, sys.exception() is v)
print(sys.exc_info(), sys.exception())
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise AppError(404, "missing")
except Exception as x:
    print(x, repr(x), x.args, x.code, isinstance(x, AppError))
class Quiet(Exception):
    pass
print(repr(Quiet()), str(Quiet(1, 2)), Quiet("a") == Quiet("a"), bool(Quiet()))
e = Exception("a", [1])
e.args = ("changed",)
print(e, e.args, e.with_traceback(None) is e)
print(BaseException.__new__(ValueError).args, ValueError.__new__(ValueError, 1, 2).args)
def raise_(x):
    raise x
for bad in (lambda: raise_(5), lambda: raise_(int)):
    try:
        bad()
    except TypeError as t:
        print("TypeError:", t)
