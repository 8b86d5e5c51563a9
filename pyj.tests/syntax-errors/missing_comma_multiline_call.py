foo(a,
    b
    c)
