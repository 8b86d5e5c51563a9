# String and bytes literals: every prefix, quoting style and escape sequence.
plain = 'single', "double", '''triple single''', """triple double"""
prefixes = u'u', U"U", r'raw\n', R"RAW\t", b'bytes', B"BYTES", br'\x00', Br"\d", bR'x', BR"y", rb'z', rB"w", Rb'v', RB"u"
escapes = '\\ \' \" \a \b \f \n \r \t \v \0 \7 \77 \377 \x41 \u00e9 \U0001F600'
named = '\N{BULLET} \N{LATIN SMALL LETTER E WITH ACUTE} \N{greek small letter alpha}'
byte_escapes = b'\\ \' \" \a \b \f \n \r \t \v \0 \x7f \xff \377'
line_continued = 'abc\
def'
multi_line = """first
second\
third
"""
concatenated = 'a' "b" '''c''' """d""" r'\e'
u_concatenated = u'a' 'b'
bytes_concatenated = b'a' B"b" rb'\c'
empty = '', "", '''''', """""", b''
quotes_inside = "it's", 'say "hi"', '''it's "quoted"''', """a'b"c"""
non_ascii = 'héllo wörld ☃ 😀 日本語'
raw_quotes = r'\'', r"\"", r'\\'
implicit = ('one'
            'two'
            "three")
