# string.Formatter: parsing, field lookup, numbering rules and overridable hooks.
import string


def attempt(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


f = string.Formatter()


def show_parse(text):
    out = []
    try:
        for item in f.parse(text):
            out.append(item)
        print(repr(text), out)
    except Exception as e:
        print(repr(text), out, type(e).__name__, e)


for text in ["", "plain", "a{0}b", "{}{}", "{{}}", "a{{b", "}}x", "x}}", "{{",
             "{0!r:>10}", "{a.b[c]!s}", "{:{width}.{prec}f}", "{0[}]}", "{0[:]!r:x}",
             "{!}}", "{0!rx}", "{0!", "{0!r", "{0:", "{0:{", "{0", "{", "}", "x}y",
             "a{b{c}", "{a{}", "{0:}}", "{0:{{}}}", "text{}more{}end", "{ }",
             "{0!a}", "{0!:}", "{[}", "{[x}]"]:
    show_parse(text)
attempt(f.parse, 5)
attempt(f.parse, None)




class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pt = Point(3, [10, 20, 30])
data = {"k": {"inner": "v"}, "5": "five", 5: "int5", "-1": "neg"}
print(f.format("{0.x} {0.y[1]} {1[k][inner]} {1[5]} {1[-1]}", pt, data))
print(f.format("{p.y[2]} {d[5]}", p=pt, d=data))
print(f.format("{} {} {}", "a", "b", "c"))
print(f.format("{1}{0}{1}", "a", "b"))
print(f.format("{0:>{1}}|{2:^{3}}|", "r", 5, "c", 7))
print(f.format("{:{}}|{:{}}", "x", 4, "y", 3))
print(f.format("{!r} {!s} {!a}", "q", 1.5, "é"))
print(f.format("{0:{1}{2}}", 3.14159, ".", "3f"))
print(f.format("{x:*^9}", x="mid"))
print(f.format("{{literal}} {0}", 1))
print(f.format("{0[0]}", "abc"))
attempt(f.format, "{} {0}", 1)
attempt(f.format, "{0} {}", 1)
attempt(f.format, "{0:{}}", 1, 2)
attempt(f.format, "{:{0}}", 1, 2)
attempt(f.format, "{}", )
attempt(f.format, "{5}", 1)
attempt(f.format, "{missing}")
attempt(f.format, "{0.nope}", 1)
attempt(f.format, "{0[9]}", [1])
attempt(f.format, "{0!x}", 1)
attempt(f.format, "{0!}}", 1)
attempt(f.format, "{0:{1:{2}}}", "a", "b", "c")
attempt(f.format, "{0.}", 1)
attempt(f.format, "{0[]}", [1])
attempt(f.format, "{0[0]x}", [1])
attempt(f.format, "{0[0}", [1])
attempt(f.format, "{99999999999999999999}", 1)
attempt(f.format, "{0[99999999999999999999]}", [1])
attempt(f.format, "{0:d}", "s")
attempt(f.format, "{0}")
attempt(f.format)
attempt(f.format, format_string="{}")
attempt(f.vformat, "{a}{0}", (1,), {"a": 2})
print(f.get_field("0.x", (pt,), {}))
print(f.get_field("k[inner]", (), data))
print(f.get_value(0, ("v",), {}), f.get_value("n", (), {"n": "w"}))
print(f.convert_field("x", None), f.convert_field("x", "r"), f.convert_field("é", "a"))
attempt(f.convert_field, "x", "z")
print(f.format_field(255, "#x"), f.check_unused_args(set(), (), {}))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = [i for i in range(len(args)) if i not in used_args]
        unused += sorted(k for k in kwargs if k not in used_args)
        if unused:
            raise ValueError("unused: %r" % (unused,))


s = Strict()
print(s.format("{0}{name}", 1, name="n"))
attempt(s.format, "{0}", 1, 2, extra=3)


class Upper(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)

    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


u = Upper()
print(u.format("{a} {b} {0!u} {c!r:>6}", "x", a="hi", c="q"))


class Tokens(string.Formatter):
    def parse(self, format_string):
        if not format_string:
            return []
        return [("<", format_string, "", None), (">", None, None, None)]


print(Tokens().format("0", "only"))
print(Tokens().vformat("k", (), {"k": 42}))


class Recorder(string.Formatter):
    def get_field(self, field_name, args, kwargs):
        print("get_field", repr(field_name))
        return super().get_field(field_name, args, kwargs)


print(Recorder().format("{}-{:{}}-{}", "a", "b", 3, "c"))
print(Recorder().format("{2}{1}{0[1]}", "xy", "q", "r"))

# parsing is lazy: earlier fields are resolved before a later syntax error
attempt(f.format, "ok{0.nope}{", 1)
attempt(f.format, "{0}{", 1)
attempt(f.format, "{0[1]x}", [1])
attempt(f.format, "{0.real[}", 1)
it = f.parse("a{0}b{")
print(next(it))
attempt(next, it)
for text in ["{0:{1}}", "{a[b]c}", "x{0.a.b[0][c]}y", "{0!s:{1}}", "{!r}", "{:}", "{:{:}}"]:
    show_parse(text)
for args in [("{0:{1}}", 1, 2), ("{:{}}{}", 1, 2, 3), ("{0!s:>{1}}", 1, 4), ("{:d}", True)]:
    attempt(f.format, *args)
    attempt(args[0].format, *args[1:])
print(f.format("{0[١]}", ["a", "b"]))
attempt(f.vformat, "{²}", (), {"²": "sq"})
