a = f() = b
