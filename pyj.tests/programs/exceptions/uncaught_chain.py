# An uncaught exception with a cause and a context: the traceback chain CPython prints on stderr.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise LookupError(f"no entry for {text!r}") from e

def load(items):
    try:
        return [parse(x) for x in items]
    finally:
        print("load finished")

try:
    {}["missing"]
except KeyError:
    try:
        load(["1", "two"])
    except LookupError as e:
        e.add_note("while loading the table")
        raise
