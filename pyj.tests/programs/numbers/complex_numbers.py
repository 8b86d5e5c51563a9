# complex: arithmetic, repr, parsing, and mixed-type comparisons.
z = complex(3, 4)
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, z * 1j, z / 2, z ** 2, z + 1, 1 - z, 2 ** z if False else z ** 0.5)
print(complex("1+2j"), complex("-3.5j"), complex(" (1-1j) "), complex(2), complex(1.5, -0.0), 1j * 1j, 0j, -0j, (1e300j) * 1e10)
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(1e16j), complex("inf+nanj"), hash(complex(1, 0)) == hash(1))
print(z == complex(3, 4), z == 3, 1j != 0, divmod is not None)
for op in ["z < z", "complex('1+')", "z // 2", "1j % 2", "complex(1, 'a')", "(0j) ** -1"]:
    try:
        print(eval(op))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
