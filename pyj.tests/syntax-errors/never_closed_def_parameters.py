def f(a,
      b:
