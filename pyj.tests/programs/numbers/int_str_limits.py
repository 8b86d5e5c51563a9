# Integer string conversion limits (sys.set_int_max_str_digits) and sys.int_info/float_info/hash_info.
import sys
x = 10 ** 5000
try:
    s = str(x)
except ValueError as e:
    print("ValueError:", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(x)))
sys.set_int_max_str_digits(5000)
try: int("1" * 5001)
except ValueError as e: print("ValueError:", e)
print(len(str(2 ** 10000 - 1)) if False else "ok", hex(x)[:10], (x).bit_length())
print(sys.float_info); print(sys.hash_info); print(sys.int_info); print(sys.float_info.epsilon, sys.float_info.max == float("1.7976931348623157e308"))
