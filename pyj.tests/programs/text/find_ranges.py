# str.find/rfind/index/rindex/count with start and end, on BMP and astral strings, against every bound.
strings = ["abcabcab", "a\U0001F600b\U0001F600ab", "", "aaaa", "\U0001F600\U0001F600\U0001F600"]
subs = ["", "a", "ab", "\U0001F600", "b\U0001F600", "aa", "zz", "\U0001F600\U0001F600"]
bounds = [None, -20, -3, -1, 0, 1, 2, 3, 5, 8, 20]
for s in strings:
    for sub in subs:
        out = []
        for st in bounds:
            for en in bounds:
                out.append((s.find(sub, st, en), s.rfind(sub, st, en), s.count(sub, st, en)))
        print(ascii(s), ascii(sub), hash(tuple(out)) if False else out[:3], sum(a + 2 * b + 3 * c for a, b, c in out))
for s in strings:
    for sub in subs[:4]:
        for fn in (s.index, s.rindex):
            try:
                print(fn(sub, 1), end=' ')
            except ValueError as e:
                print(e, end=' ')
    print()
# Scanning a long string with find(x, i) stays linear.
text = ("x" * 50 + '"') * 20000 + "\U0001F600"
i = n = 0
while True:
    i = text.find('"', i)
    if i < 0:
        break
    n += 1
    i += 1
print(n, text.count('"', 10, -10), text.rfind('"', 0, 100))
