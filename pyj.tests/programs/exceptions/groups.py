# ExceptionGroup and except*: construction, split/subgroup, matching, re-raising and nesting.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.split(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] > 1)))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(repr(nested.split(ValueError)[0]))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
for args in (("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError())):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
except* ValueError as g:
    print("values:", repr(g))
except* (TypeError, OSError) as g:
    print("others:", repr(g))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("unhandled:", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped:", repr(g), type(g).__name__)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("from handler")
except Exception as e:
    print(repr(e), repr(e.__context__))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise TypeError("t1")
    except* KeyError:
        raise OSError("t2")
except Exception as e:
    print(repr(e), [repr(x.__context__) for x in e.exceptions])

def f():
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        pass
    return "done"
print(f())

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
m = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(m.split(ValueError)), type(m.subgroup(TypeError)).__name__)
eg = ExceptionGroup("notes", [ValueError(1), TypeError(2)])
eg.add_note("a note")
print(eg.split(ValueError)[0].__notes__)
