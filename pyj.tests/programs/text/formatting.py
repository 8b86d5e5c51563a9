# The format-spec mini-language through format(), str.format and f-strings.
for spec in ["", "10", "<10", ">10", "^10", "*^10", "=+10", "+", "-", " ", "#x", "#o", "#b", "08", ",", "_", "_x", ".3"]:
    try:
        print(repr(spec), repr(format(1234567, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
for spec in ["", ".2f", ".0f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "10.2f", "<10.1f", "+.2f", ",.2f", "_.1f", "#.0f", "n", "010.3f", ".2"]:
    print(repr(spec), repr(format(12345.6789, spec)), repr(format(-0.000123, spec)), repr(format(float("inf"), spec)))
print(f"{'abc':.2}", f"{'abc':>6.1}", f"{3:{'>'}{5}}", f"{'x'!r:^7}", f"{1+1=}", f"{ 'spaced' = }", f"{3.0=:.1f}", f"{[1,2]!s}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|", f"{'nested {braces}'}", f"{{literal}}", f"{'q' if True else 'r'}", f"{ {'a': 1}['a'] }")
print(format(True, "d"), format(True), format(None), format(2 + 3j, ".1f"), format(-0.0, ".1f"), format(1e100, ".3"))
for bad in [(1, "z"), (1.5, "d"), ("s", "d"), (1, ",x"), ("s", "="), (1, ".2,")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)
