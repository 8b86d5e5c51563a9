# Integer, float and imaginary literals in every spelling the tokenizer accepts.
decimal = 0, 7, 42, 2147483647, 9223372036854775808, 10**100
underscored = 1_000_000, 0_0, 1_2_3_4
hexadecimal = 0x0, 0xff, 0XFF, 0xdead_beef, 0x_1
octal = 0o0, 0o17, 0O777, 0o_7_7
binary = 0b0, 0b1010, 0B11, 0b_1111_0000
floats = 0.0, 1., .5, 3.14, 1e10, 1E-10, 2.5e+3, 1_000.000_1, 6.02_214e2_3, 0e0, 00.5, 007e1
imaginary = 1j, 2J, 3.5j, 1e3j, .5j, 0j, 1_0j, 00j
mixed = -1, +2, ~3, - -4, 1 + 2j, 3 - 4.5j
big = 123456789012345678901234567890123456789012345678901234567890
keyword_after_number = [1for x in (1, 2)], (1if True else 0), (1or 2), (1and 2), (1in [1]), (1not in [])
attribute_of_literal = 1 .real, 1.0.real, 0x10.real, 1j.imag
