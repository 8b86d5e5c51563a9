# Lambdas with every kind of parameter.
no_params = lambda: 0
positional = lambda a, b: a + b
defaults = lambda a, b=1, c=2: a + b + c
positional_only = lambda a, b, /, c: a
positional_only_defaults = lambda a=1, /, b=2, *, c=3: a
var_positional = lambda *args: args
keyword_only = lambda *, a, b=1: a
var_keyword = lambda **kwargs: kwargs
everything = lambda a, b=1, /, c=2, *args, d, e=3, **kwargs: (a, b, c, args, d, e, kwargs)
star_then_keywords = lambda *args, a, **kw: 0
trailing_comma = lambda a, b,: a
nested = lambda x: lambda y: x + y
conditional_body = lambda x: x if x else -x
in_call = sorted([3, 1], key=lambda v: -v)
immediately_called = (lambda *a, **k: (a, k))(1, 2, k=3)
lambda_default_lambda = lambda f=lambda: 1: f()
