# Full Unicode case mappings: capitalize, title, swapcase, casefold (SpecialCasing, final sigma, Cherokee folding).
tests = ['ßx', 'ﬁne', 'ŉa', 'ǆemal', 'ǅx', 'ᾳβ', 'ΐα', 'ǰx', 'եւ', 'ﬀ', 'hello world', 'İstanbul',
         'ΌΣΟΣ λόγος', 'ΑΣ.Σ', 'abc DEF', "they're bill's", '', 'x', '\U00010428\U00010429', 'Straße', 'ẞ', 'ı']
for t in tests:
    print(ascii(t.capitalize()), ascii(t.title()), ascii(t.upper()), ascii(t.lower()), ascii(t.swapcase()),
          ascii(t.casefold()))
# Every code point of the scripts with special cases (Unicode 15.1 and 16 agree on these ranges).
ranges = [(0x0, 0x19a), (0x19c, 0x263), (0x265, 0x600), (0x10a0, 0x1100), (0x13a0, 0x1400), (0x1c90, 0x1cc0),
          (0x1f00, 0x2000), (0xab70, 0xabc0), (0xfb00, 0xfb18), (0x10400, 0x10450)]
for lo, hi in ranges:
    out = []
    for cp in range(lo, hi):
        c = chr(cp)
        out.append('%x:%s|%s|%s|%s|%s' % (cp, ascii(c.capitalize()), ascii(c.title()), ascii((c + 'A').title()),
                                          ascii(c.swapcase()), ascii(c.casefold())))
    print('\n'.join(out))
