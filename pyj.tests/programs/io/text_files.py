# TextIOWrapper over files: newline modes both ways, encodings and error handlers, BOMs, r+ mixing, reconfigure, detach.
import io

TMP = __file__.rpartition("/")[0] + "/_io_test_text_files.tmp"


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def raw_bytes():
    with open(TMP, "rb") as f:
        return f.read()


data = "a\nb\r\nc\rd\n"
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(TMP, "w", newline=nl) as f:
        print(repr(nl), f.write(data), f.newlines, f.tell(), f.encoding.lower(), f.errors)
    print("  written", raw_bytes())
    for rnl in [None, "", "\n", "\r", "\r\n"]:
        with open(TMP, newline=rnl) as f:
            lines = f.readlines()
            seen = f.newlines
        with open(TMP, newline=rnl) as f:
            whole = f.read()
        print("  read", repr(rnl), lines, seen, repr(whole))

text = "héllo wörld ☃ 😀 end\n" * 3
with open(TMP, "w", encoding="utf-8") as f:
    print(f.write(text), f.tell())
with open(TMP, encoding="utf-8") as f:
    f._CHUNK_SIZE = 3
    pieces = []
    while True:
        c = f.read(2)
        if not c:
            break
        pieces.append(c)
    print(pieces, f._CHUNK_SIZE)
    f.seek(0)
    f._CHUNK_SIZE = 5
    print([f.readline() for _ in range(4)])
    f.seek(0)
    print(repr(f.readline(3)), repr(f.readline(0)), repr(f.readline(30)), repr(f.read(4)), repr(f.read(0)))
    attempt("chunk size zero", lambda: setattr(f, "_CHUNK_SIZE", 0))
with open(TMP, encoding="latin-1") as f:
    print(repr(f.read(12)))

with open(TMP, "wb") as f:
    f.write(b"ok \xff\xfe bad \xe2\x82 end \xed\xa0\x80")
for errors in ["strict", "ignore", "replace", "surrogateescape", "backslashreplace", "no-such-handler"]:
    attempt("decode " + errors, lambda: open(TMP, errors=errors, encoding="utf-8").read())
attempt("decode ascii", lambda: open(TMP, encoding="ascii").read())
attempt("decode latin-1", lambda: open(TMP, encoding="latin-1").read())
with open(TMP, "wb") as f:
    f.write(b"ends in the middle \xe2\x82")
attempt("truncated", lambda: open(TMP, encoding="utf-8").read())
attempt("truncated replace", lambda: open(TMP, encoding="utf-8", errors="replace").read())

for errors in ["strict", "ignore", "replace", "surrogateescape", "backslashreplace", "xmlcharrefreplace",
               "namereplace"]:
    def write_ascii():
        with open(TMP, "w", encoding="ascii", errors=errors) as f:
            f.write("aé€😀\udcff z")
        return raw_bytes()
    attempt("encode " + errors, write_ascii)
attempt("encode utf-8 surrogate", lambda: open(TMP, "w", encoding="utf-8").write("x\udcffy"))
attempt("encode latin-1", lambda: open(TMP, "w", encoding="latin-1").write("x\u0100\u0101y"))
attempt("encode cp1252", lambda: open(TMP, "w", encoding="cp1252").write("€\u0100"))
with open(TMP, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write("raw \udcff\udcfe bytes")
print(raw_bytes(), open(TMP, encoding="utf-8", errors="surrogateescape").read() == "raw \udcff\udcfe bytes")

with open(TMP, "w", encoding="utf-16") as f:
    f.write("hi\n")
    print(f.tell())
    f.write("there")
print(raw_bytes())
with open(TMP, encoding="utf-16") as f:
    print(repr(f.readline()), f.tell(), repr(f.read()))
with open(TMP, "a", encoding="utf-16") as f:
    f.write("!")
print(raw_bytes())
with open(TMP, "w", encoding="utf-16-be") as f:
    f.write("be")
print(raw_bytes(), open(TMP, encoding="utf-16-be").read())
with open(TMP, "w", encoding="utf-8-sig") as f:
    f.write("sig")
print(raw_bytes(), open(TMP, encoding="utf-8-sig").read(), repr(open(TMP, encoding="utf-8").read()))
with open(TMP, "w", encoding="utf-32") as f:
    f.write("32")
print(raw_bytes(), open(TMP, encoding="utf-32").read())

with open(TMP, "w") as f:
    f.write("hello world\n")
f = open(TMP, "r+")
print(repr(f.read(2)), f.write("XY"), repr(f.read(3)), f.tell())
f.seek(0)
print(repr(f.read()))
f.seek(0)
f.write("ZZ")
print(f.tell(), repr(f.read()))
f.close()
f = open(TMP, "w+")
f.write("abc\ndef\n")
print(f.tell(), f.seek(0), repr(f.readline()), f.tell(), f.truncate(), f.tell())
f.seek(0)
print(repr(f.read()), f.truncate(1), f.seek(0), repr(f.read()))
f.close()

f = open(TMP, "w", encoding="utf-8")
f.reconfigure(line_buffering=True, write_through=True)
print(f.line_buffering, f.write_through)
f.reconfigure(encoding="latin-1", errors="replace", newline="\r\n")
print(f.encoding, f.errors)
f.write("é€\n")
f.reconfigure(encoding="ascii")
print(f.encoding, f.errors)
attempt("reconfigure positional", lambda: f.reconfigure("utf-8"))
attempt("reconfigure encoding type", lambda: f.reconfigure(encoding=1))
attempt("reconfigure newline", lambda: f.reconfigure(newline="x"))
f.close()
print(raw_bytes())
f = open(TMP, encoding="latin-1")
f.read(1)
attempt("reconfigure after read", lambda: f.reconfigure(encoding="latin-1"))
attempt("reconfigure newline after read", lambda: f.reconfigure(newline=None))
print(f.reconfigure(line_buffering=True), f.line_buffering)
f.close()

f = open(TMP, "w", buffering=1)
print(f.line_buffering, f.write("a"), raw_bytes(), f.write("b\nc"), raw_bytes())
f.close()
print(raw_bytes())

f = open(TMP)
print(repr(f).lower().endswith("_io_test_text_files.tmp' mode='r' encoding='utf-8'>"), f.readable(), f.writable(),
      f.seekable())
b = f.detach()
print(type(b).__name__, b.closed, f.buffer, repr(f).lower())
for name in ["read", "readline", "tell", "flush", "close", "fileno", "isatty", "readable", "detach"]:
    attempt(name, getattr(f, name))
attempt("closed", lambda: f.closed)
attempt("name", lambda: f.name)
attempt("newlines", lambda: f.newlines)
print(f.encoding.lower(), f.errors, f.line_buffering)
b.close()

f = open(TMP)
f.close()
for name in ["read", "readline", "tell", "flush", "fileno", "isatty", "readable", "writable", "seekable", "truncate",
             "detach", "__next__", "__iter__", "readlines", "__enter__"]:
    attempt(name, getattr(f, name))
attempt("seek", lambda: f.seek(0))
attempt("write", lambda: f.write("x"))
attempt("writelines", lambda: f.writelines(["x"]))
print(f.closed, f.name == TMP, f.encoding.lower(), f.mode, f.newlines)
f.close()

w = open(TMP, "w")
attempt("read on writer", w.read)
attempt("readline on writer", w.readline)
attempt("write bytes", lambda: w.write(b"x"))
attempt("write int", lambda: w.write(1))
print(w.write("x"), w.write(""), w.writelines(["y", "z"]), w.newlines)
w.close()
r = open(TMP)
attempt("write on reader", lambda: r.write("x"))
attempt("readline None", lambda: r.readline(None))
attempt("read str", lambda: r.read("x"))
print(repr(r.read(None)), repr(r.read()))
r.close()
