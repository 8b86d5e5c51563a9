# sys.stdin/stdout/stderr as io objects: their layers and names, descriptors 0-2 through open(), ordering, print(file=).
import io
import sys

print("start")
print(type(sys.stdout).__name__, type(sys.stdin.buffer).__name__, type(sys.stdin.buffer.raw).__name__)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode, sys.stdout.closed)
print(sys.stdout.encoding, sys.stdout.newlines, sys.stdin.newlines, sys.stdout.fileno(), sys.stdin.fileno(),
      sys.stderr.fileno(), sys.stdout.buffer.name, sys.stdin.buffer.raw.mode, sys.stdin.buffer.raw.closefd)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable())
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase), sys.stdout is sys.__stdout__)
print(sys.stdout.write("written\n"), sys.stdout.write(""))
sys.stdout.writelines(["one ", "two\n"])

# Text written but not flushed stays in the text layer, so bytes written below it come out first.
layered = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
layered.write("a")
layered.buffer.write(b"b")
layered.flush()
print(layered.buffer.getvalue())

out = open(1, "w", closefd=False)
print(out.fileno(), out.closed, out.name, out.mode)
sys.stdout.flush()
out.write("through descriptor 1\n")
out.flush()
out.close()
print("stdout still open:", not sys.stdout.closed)
err = open(2, "wb", buffering=0, closefd=False)
print(type(err).__name__, err.mode, err.closefd)
sys.stderr.flush()
print(err.write(b"through descriptor 2\n"))
print("to stderr with print", file=sys.stderr)
sys.stderr.write("plain stderr write\n")
sys.stderr.flush()

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin))
try:
    print(input("prompt> "))
except EOFError as e:
    print("EOFError:", e)
inp = open(0, "rb", closefd=False)
print(inp.read(), inp.fileno())

try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print("stdin write:", e)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print("stdout read:", e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("stdout bytes:", e)
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print("buffer str:", e)

text = io.StringIO()
print("to", "a", "StringIO", sep="|", end="!\n", file=text)
binary = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
print("a TextIOWrapper", "ö", file=binary, flush=True)
print(repr(text.getvalue()), binary.buffer.getvalue())
try:
    print("x", file=io.BytesIO())
except TypeError as e:
    print("print to BytesIO:", e)


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)

    def flush(self):
        self.calls.append("<flush>")


r = Recorder()
print(1, 2, sep=", ", file=r, flush=True)
print(r.calls)

line = io.TextIOWrapper(io.BytesIO(), encoding="ascii", line_buffering=True)
line.write("no newline")
print(line.buffer.getvalue())
line.write(" now\n")
print(line.buffer.getvalue())

sys.stdout.close()
print("after closing stdout", file=sys.stderr)
try:
    print("lost")
except ValueError as e:
    print("print after close:", e, file=sys.stderr)
raise io.UnsupportedOperation("uncaught, reported on stderr")
