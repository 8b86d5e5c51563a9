# An uncaught ExceptionGroup with a nested group: CPython's boxed traceback layout.
def fail(n):
    raise ValueError(f"bad value {n}")

def collect():
    errors = []
    for n in range(2):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    errors.append(ExceptionGroup("inner", [TypeError("wrong type"), KeyError("k")]))
    raise ExceptionGroup("several failures", errors)

print("start")
collect()
