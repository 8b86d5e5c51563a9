# open(): mode validation and its messages, argument types, path-like and fd arguments, and the OSError subclasses.
import io

TMP = __file__.rpartition("/")[0] + "/_io_test_open_args.tmp"


def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, getattr(r, "mode", None))
        if hasattr(r, "close") and not isinstance(r, int):
            r.close()
    except OSError as e:
        name = e.filename.rpartition("/")[2] if isinstance(e.filename, str) else e.filename
        print(label, "->", type(e).__name__, e.errno, e.strerror, repr(name), isinstance(e, io.UnsupportedOperation))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


with open(TMP, "w") as f:
    f.write("some text\n")

for mode in ["r", "rb", "rt", "r+", "r+b", "rb+", "w", "wb", "w+", "a", "ab", "a+b", "x", "xb",
             "rw", "rr", "", "b", "t", "+", "tb", "U", "rU", "wx", "ra", "q", "r++", "bb", "rbt", " r", "r\0"]:
    attempt(repr(mode), lambda: open(TMP if "x" not in mode else TMP, mode))

with open(TMP, "w") as f:
    f.write("some text\n")

for label, f in [
    ("encoding in binary", lambda: open(TMP, "rb", encoding="utf-8")),
    ("errors in binary", lambda: open(TMP, "rb", errors="strict")),
    ("newline in binary", lambda: open(TMP, "rb", newline="")),
    ("bad newline", lambda: open(TMP, newline="x")),
    ("unbuffered text", lambda: open(TMP, "r", buffering=0)),
    ("unbuffered binary", lambda: open(TMP, "rb", buffering=0)),
    ("buffering -5", lambda: open(TMP, "rb", buffering=-5)),
    ("buffering 7", lambda: open(TMP, "rb", buffering=7)),
    ("mode type", lambda: open(TMP, 5)),
    ("encoding type", lambda: open(TMP, encoding=5)),
    ("errors type", lambda: open(TMP, errors=5)),
    ("newline type", lambda: open(TMP, newline=5)),
    ("buffering type", lambda: open(TMP, buffering="1")),
    ("closefd with name", lambda: open(TMP, closefd=False)),
    ("float file", lambda: open(3.5)),
    ("list file", lambda: open([])),
    ("negative fd", lambda: open(-1)),
    ("unknown fd", lambda: open(97)),
    ("embedded null", lambda: open("a\0b")),
    ("unknown encoding", lambda: open(TMP, encoding="no-such-codec")),
    ("binary codec", lambda: open(TMP, encoding="hex")),
    ("too many args", lambda: open(TMP, "r", 1, "utf-8", "strict", None, True, None, 5)),
    ("no args", lambda: open()),
    ("unknown keyword", lambda: open(TMP, flags=1)),
    ("keywords", lambda: open(file=TMP, mode="rb", buffering=0)),
    ("missing file", lambda: open("no_such_dir/_io_test_missing.txt")),
    ("missing bytes path", lambda: open(b"no_such_dir/_io_test_missing.txt")),
    ("missing for write", lambda: open("no_such_dir/_io_test_missing.txt", "w")),
    ("directory read", lambda: open(".")),
    ("directory write", lambda: open(".", "w")),
    ("exclusive exists", lambda: open(TMP, "x")),
    ("not a directory", lambda: open(TMP + "/child")),
]:
    attempt(label, f)


class PathLike:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


class BadPath:
    def __fspath__(self):
        return 42


with open(PathLike(TMP)) as f:
    print("pathlike name is the path:", f.name == TMP, f.read())
with open(PathLike(TMP.encode())) as f:
    print("bytes path name:", f.name == TMP.encode(), type(f.name).__name__)
with io.FileIO(PathLike(TMP)) as f:
    print("FileIO keeps the object:", type(f.name).__name__)
attempt("bad fspath", lambda: open(BadPath()))
attempt("bad fspath FileIO", lambda: io.FileIO(BadPath()))

with open(TMP, "rb") as f:
    fd = f.fileno()
    with open(fd, "rb", closefd=False) as g:
        print("same fd:", g.fileno() == fd, g.name == fd, g.read(4), f.read(4), repr(g.raw).endswith("closefd=False>"))
    print("still open:", f.closed, f.read())


def opener(path, flags):
    print("opener called with the path:", path == TMP, "flags", oct(flags & 0o3703))
    return -3


attempt("opener negative", lambda: open(TMP, "w", opener=opener))
attempt("opener type", lambda: open(TMP, "a+", opener=lambda p, fl: "fd"))
f = open(TMP, "rb")
with open(TMP, "rb", opener=lambda p, fl: f.fileno()) as g:
    print("opener fd:", g.fileno() == f.fileno(), g.read(4))
attempt("closing a descriptor closed through another object", f.close)
print(f.closed)

attempt("encoding locale", lambda: open(TMP, encoding="locale"))
with open(TMP, encoding="UTF8", errors="replace", newline="") as f:
    print(f.encoding, f.errors, f.mode, f.line_buffering, f.buffer.mode, f.buffer.raw.mode)
with open(TMP, "w+b") as f:
    print(f.mode, f.raw.mode, f.name == TMP, type(f).__name__)
with open(TMP, "a+") as f:
    print(f.mode, f.buffer.mode, f.tell())
