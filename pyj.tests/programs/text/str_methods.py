# str: code-point semantics (astral characters included) and the method set.
s = "Hello, Wörld 😀!"
print(len(s), s[13], s[-2], s[7:12], s[::-1], s[::3], s.find("ö"), s.index("😀"), s.count("l"), ord(s[13]), hex(ord("😀")))
print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize(), "ß".upper(), "ǅ".lower(), "ﬁ".upper())
print(s.split(), s.split(",", 1), s.rsplit("l", 1), "a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(keepends=True), "".split(","))
print(s.partition(", "), s.rpartition("l"), s.startswith(("He", "x")), s.endswith("!"), s.startswith("llo", 2), s.endswith("W", 0, 8))
print(" x ".strip(), "xxaxx".strip("x"), "  a".lstrip(), "a  ".rstrip(), "www.example.com".removeprefix("www."), "a.py".removesuffix(".py"))
print("abc".center(8, "*"), "abc".ljust(6, "-"), "abc".rjust(6), "42".zfill(5), "-42".zfill(5), "a\tbc\td".expandtabs(), "a\tb".expandtabs(2))
print("-".join(["a", "b", "c"]), "".join([]), "ab".replace("b", "c"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "½".isnumeric(), "²".isdecimal(), "  ".isspace(), "Title Case".istitle(),
      "lower".islower(), "UPPER".isupper(), "x_1".isidentifier(), "class".isidentifier(), "\x07".isprintable(), "ascii".isascii())
table = str.maketrans({"a": "1", "b": None})
print("abcab".translate(table), "hello".translate(str.maketrans("el", "ip")), str.maketrans("ab", "cd", "e"))
print("{} {} {}".format(1, "a", [2]), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0[1]}{1.real}".format("ab", 3),
      "{:>5}|{:<5}|{:^5}|{:*^7}".format("a", "b", "c", "d"), "{!r}{!s}{!a}".format("é", "é", "é"), "{{}}".format())
print("%s %r %d %5.2f %-4s| %x %o %e %c %%" % ("s", "r", 42, 3.14159, "ab", 255, 8, 12345.6789, 65), "%(a)s-%(b)d" % {"a": "x", "b": 3})
print("abc" < "abd", "a" < "B", "é" > "z", "😀" > "\uffff", "abc" * 3, 3 * "x", "b" in "abc", "" in "x", sorted(["b", "A", "a", "C"]))
print(repr("'\"\n\t\\"), repr("\x00\x7f\x80"), ascii("é😀"), str(b"x"), str(1), "é".encode(), "😀".encode("utf-16-le"), "abc".encode("ascii"))
print(hash("a") == hash("a"), "a".__hash__() == hash("a"), str.__name__, type("") is str, "x".__class__.__name__)
for op in ["'a' + 1", "'abc'[5]", "'a'.index('z')", "'x' * 'y'", "''.join([1])", "'abc'.encode('ascii', 'strict') and 'é'.encode('ascii')", "int('x')", "'{}'.format()", "'%d' % 'x'"]:
    try:
        print(eval(op))
    except Exception as e:
        print(type(e).__name__ + ":", e)
