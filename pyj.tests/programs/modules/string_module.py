# string module: constants, capwords and Template substitution.
import string


def attempt(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(sorted(string.__all__))

print(repr(string.capwords(" aBc  dEf \t ghi\n")))
print(repr(string.capwords("a-b-c--d", "-")))
attempt(string.capwords, "hello world", "")
print(repr(string.capwords("")))
print(repr(string.capwords("ŝtupo éx 3rd")))
attempt(string.capwords, 5)

T = string.Template
print(T.delimiter, T.idpattern, T.braceidpattern)
t = T("$who likes ${what}, costs $$10, $who again")
print(t.template)
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": 3}))
print(t.substitute({"who": "ann", "what": 3}, what="override"))
print(t.get_identifiers(), t.is_valid())
attempt(t.substitute, who="x")
attempt(t.substitute)
print(t.safe_substitute(who="only"))
print(t.safe_substitute())
attempt(T("$a").substitute, 5)
attempt(T("$a").substitute, {}, {})

# identifiers: ASCII, case-insensitive, digits after the first character
for text in ["$Abc_9x!", "$_", "$9", "${X1}y", "$ab-cd", "$é", "${é}", "$ ", "$",
             "x$", "${a", "${a b}", "${}", "$$$a", "$$$", "${a}}", "${{a}}"]:
    tt = T(text)
    print(repr(text), tt.get_identifiers(), tt.is_valid(),
          repr(tt.safe_substitute({"Abc_9x": 1, "_": 2, "X1": 3, "ab": 4, "a": 5})))
    attempt(tt.substitute, {"Abc_9x": 1, "_": 2, "X1": 3, "ab": 4, "a": 5})

# error positions count lines and columns like CPython
for text in ["$", "abc $ def", "line1\nline2 $!", "a\r\nb\rc\n\n  ${bad", "\n$", "$a\n\x0b$1"]:
    attempt(T(text).substitute, a=1)
print(T("a $x\nb ${y}$z $$").get_identifiers())
print(T("$x $y $x ${x} $z").get_identifiers())
print(T("$x and $").is_valid(), T("$x and $$").is_valid())


class Percent(string.Template):
    delimiter = "%"


p = Percent("%who owes %{amount} (100%%) and %")
print(p.safe_substitute(who="bob", amount=5))
print(p.get_identifiers(), p.is_valid())
attempt(p.substitute, who="bob", amount=5)
print(Percent("$x %x").substitute(x="X"))


class Multi(string.Template):
    delimiter = "{{"


m = Multi("{{name}} {{{{ {{{name}} {{ {{x")
print(m.safe_substitute(name="N"))
print(m.get_identifiers())
attempt(m.substitute, name="N", x=1)


class Regexy(string.Template):
    delimiter = ".*"


print(Regexy("a.*b .*.* .*{c}").substitute(b=1, c=2))


class CaseSensitive(string.Template):
    flags = 0


cs = CaseSensitive("$lower $Upper ${Mixed}")
print(cs.safe_substitute(lower=1, Upper=2, Mixed=3))
print(cs.get_identifiers(), cs.is_valid())
attempt(cs.substitute, lower=1)


class SameId(string.Template):
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'


print(SameId("$ok").substitute(ok="fine"))


class Sub2(Percent):
    pass


print(Sub2("%a $a").substitute(a="A"))


class Late(string.Template):
    pass


Late.delimiter = "#"
print(Late("$x #x").substitute(x=1))
lt = Late("$$")
print(lt.substitute())
lt.delimiter = "!"
print(lt.substitute(), lt.safe_substitute())


class Obj:
    def __str__(self):
        return "<obj>"


print(T("$o and ${o}").substitute(o=Obj()))


class Missing(dict):
    def __missing__(self, key):
        return key.upper()


print(T("$a $b").substitute(Missing(a=1)))
print(T("$a").substitute(self="s", a="A"))
print(T("$mapping").substitute(mapping="M"))
print(T("tab\t$x").safe_substitute(x=[1, 2]))
attempt(T(5).substitute)
attempt(T(b"$a").substitute)
attempt(T("$a").safe_substitute, [])


class Empty(string.Template):
    delimiter = ""


e = Empty("ab c$d {x} {{y}}")
print(repr(e.substitute(ab=1, c=2, d=3, x=4, y=5)))
print(e.get_identifiers(), e.is_valid())
print(repr(e.safe_substitute(c="C")))
attempt(e.substitute, {})

try:
    class BadDelim(string.Template):
        delimiter = 5
except TypeError as exc:
    print("TypeError", exc)

try:
    class Kw(string.Template, extra=1):
        pass
except TypeError as exc:
    print("TypeError", exc)
print(issubclass(Percent, string.Template), Percent.delimiter, Percent.idpattern)
