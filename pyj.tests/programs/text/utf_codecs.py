# The BOM-writing codecs: utf-16 and utf-32 in little-endian order with a byte order mark, utf-8-sig.
for enc in ['utf-16', 'utf-32', 'utf-16-le', 'utf-32-be', 'utf-8-sig', 'utf_32', 'UTF32', 'utf-16be']:
    try:
        b = 'aé€\U0001F600'.encode(enc)
        print(enc, b, b.decode(enc))
    except Exception as e:
        print(enc, type(e).__name__, e)
print(b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'))
print(b'\xff\xfea\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf-16'))
print(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'), b'a\x00\x00\x00'.decode('utf-32'))
