# The attributes of builtin descriptors (getset and member descriptors) and of builtin types' namespaces.
class C:
    __slots__ = ('a', '__b')
print(int.real.__name__, int.real.__qualname__, int.real.__objclass__, type(int.real).__name__)
print(C.a.__name__, C.a.__qualname__, C.a.__objclass__, C.a.__doc__, type(C.a).__name__)
print(C._C__b.__name__, C._C__b.__qualname__)
print('__doc__' in int.__dict__, '__doc__' in C.__dict__, C.__doc__)
print(sorted(n for n in dir(type(int.real)) if n in ('__name__', '__qualname__', '__objclass__', '__doc__')))
print(type(None).__doc__, type(NotImplemented).__doc__, type(...).__doc__, type(iter(range(1))).__doc__)
m = type(__builtins__)('m', 'a docstring')
m.x = 1
print(dir(m), repr(m), m.__doc__)
def __dir__():
    return ['b', 'a']
m.__dir__ = __dir__
print(dir(m))
