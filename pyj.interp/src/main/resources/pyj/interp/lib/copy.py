"""Shallow and deep copying of arbitrary Python objects.

copy.copy(x) makes a new compound object holding the same items as x;
copy.deepcopy(x) copies those items too, recursively, sharing one copy of
each object however often it appears; copy.replace(x, **changes) asks
x's class (through __replace__) for a modified copy.

Classes steer copying with __copy__ and __deepcopy__, or with the
pickling hooks (__reduce_ex__, __reduce__, __getnewargs_ex__,
__getnewargs__, __getstate__, __setstate__) and copyreg.dispatch_table.
Failures raise copy.Error.
"""

from copyreg import dispatch_table


class Error(Exception):
    pass
error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy", "replace"]


def _sample():
    pass

class _Sample:
    def method(self):
        pass

# The builtin types a copy shares rather than duplicates.
_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)
_FunctionType = type(_sample)
_BuiltinFunctionType = type(len)
_CodeType = type(_sample.__code__)
_MethodType = type(_Sample().method)
del _sample, _Sample


def _reduce(x, cls, kind):
    """The reduction tuple (or global name) through which x is rebuilt."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x

_copy_dispatch = {t: _copy_immutable for t in (
    _NoneType, int, float, bool, complex, str, tuple, bytes, frozenset,
    type, range, slice, property, _BuiltinFunctionType, _EllipsisType,
    _NotImplementedType, _FunctionType, _CodeType)}
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    key = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(key, _nil)
        if y is not _nil:
            return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    # An object that is its own copy stays out of the memo.
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    items = [deepcopy(item, memo) for item in x]
    # A tuple inside a cycle may have been copied while its items were.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))

_deepcopy_dispatch = {t: _deepcopy_atomic for t in (
    _NoneType, _EllipsisType, _NotImplementedType, int, float, bool,
    complex, bytes, str, _CodeType, type, range, _BuiltinFunctionType,
    _FunctionType, property)}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[_MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Holds x in the memo under the memo's own id: the memo is keyed by
    id(), so a temporary original must outlive the copy operation."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)

    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for immutable objects, like named tuples or
    frozen dataclasses.
    """
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
