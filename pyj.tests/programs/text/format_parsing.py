# str.format's parser: literal braces, field names, conversions, nested specs and every malformed-string error.
class A:
    x = 5
    def __getitem__(self, k): return repr(k)
    def __repr__(self): return 'A()'
    def __format__(self, spec): return 'A<' + spec + '>'
cases = ["{", "}", "{0", "{0!}", "{0!x}", "{0!r:>5}", "{a{b}", "{0:{1}}", "{0:{1:{2}}}", "{0[}", "{0[a]b}", "{0.}", "{0..x}",
         "{0[1]}", "{0[-1]}", "{0[a b]}", "{0[1][2]}", "{!r}", "{0!rr}", "{0:}}", "{{}}", "{0}}", "{:{}}", "{0[]}", "{0[ ]}",
         "{0.x[1].x}", "{0:{{}}}", "{ }", "{0 }", "{0:%s}", "{0!s:^{1}}", "{:d}", "{0:{}}", "{}{1}", "{1}{}", "{a!r}", "{0[0}", "{0:{a}}",
         "{0!r}", "{0!a}", "{0!s}", "{0!}}", "{0!r", "{0:", "{0:{", "{0[1]x}", "{0.x.y}", "{99999999999999999999}", "{0[99999999999999999999]}",
         "{a[b]}", "{a.x}", "}}{{", "x{0}y{{z}}", "{0:{1}{2}}", "{0:{1}}}", "{0!r:{1}}", "{0:[}", "{0[:]}", "{0[!]}", "{0[}]}", "{0:{b!r}}"]
for c in cases:
    try:
        print(repr(c), '->', repr(c.format(A(), 7, 3, a=A(), b=2)))
    except Exception as e:
        print(repr(c), '->', type(e).__name__, e)
    try:
        print('   map', repr(c.format_map({'a': A(), 'b': 2})))
    except Exception as e:
        print('   map', type(e).__name__, e)
