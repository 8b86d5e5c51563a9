s = f"{'a
b'}"
