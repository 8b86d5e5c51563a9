# Calls with every argument kind, attribute chains, subscripts and slices.
def f(*args, **kwargs):
    return args, kwargs


class Obj:
    attr = [0, 1, 2, 3]

    def method(self):
        return self


obj, seq, mapping = Obj(), list(range(10)), {'a': 1}
calls = f(), f(1), f(1, 2), f(1, 2,), f(a=1), f(1, a=2), f(*seq), f(**mapping), f(1, *seq, 2, *seq, a=3, **mapping, b=4)
keyword_after_star = f(*seq, a=1, *seq, **mapping)
generator_argument = f(x for x in seq), sum(x for x in seq if x), f((x for x in seq), 1)
walrus_argument = f(y := 1, (z := 2))
chains = obj.method().method().attr[0], obj.attr[1:3], f(1)(2) if False else None
slices = seq[1], seq[1:], seq[:2], seq[::2], seq[1:5:2], seq[:], seq[::], seq[-1:-5:-1], seq[a:b] if (a := 0) or (b := 2) else 0
multi_dim = mapping['a'], {(1, 2): 3}[1, 2], {(1, slice(None)): 0}.get((1, slice(None)))
starred_subscript = {(1, 2, 3): 0}.get((*(1, 2), 3)), {(): 1}[()]
subscript_with_slice_tuple = [[0]][0][0:1]
nested_calls = f(f(f()), f(*f()), **f()[1])
attribute_on_call = f().__class__.__name__
conditional_call = (f if obj else print)(1)
lambda_call = (lambda *a, **k: (a, k))(1, b=2)
