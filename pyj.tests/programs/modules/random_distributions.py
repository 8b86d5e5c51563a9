# random's real-valued and discrete distributions: CPython's exact values for a fixed seed, and their errors.
import random


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


r = random.Random(31337)


def many(f, *args, n=6):
    return [f(*args) for _ in range(n)]


print("random", many(r.random))
print("uniform", many(r.uniform, -3, 7), many(r.uniform, 5, 5, n=2), r.uniform(10, 1))
print("triangular", many(r.triangular), many(r.triangular, 0, 10, 8), many(r.triangular, 2, 8, 2))
print("triangular degenerate", r.triangular(3, 3), r.triangular(3, 3, 3))
print("normalvariate", many(r.normalvariate), many(r.normalvariate, 100, 15))
print("gauss", many(r.gauss), many(r.gauss, -1, 0.5))
print("lognormvariate", many(r.lognormvariate, 0, 1), many(r.lognormvariate, 1.5, 0.25))
print("expovariate", many(r.expovariate), many(r.expovariate, 3.5), many(r.expovariate, -2))
print("vonmisesvariate", many(r.vonmisesvariate, 0, 0), many(r.vonmisesvariate, 1, 4),
      many(r.vonmisesvariate, 6, 0.5))
print("gammavariate", many(r.gammavariate, 0.3, 1), many(r.gammavariate, 1, 2),
      many(r.gammavariate, 2.5, 0.5), many(r.gammavariate, 150, 1))
print("betavariate", many(r.betavariate, 0.5, 0.5), many(r.betavariate, 2, 5), many(r.betavariate, 1, 1))
print("paretovariate", many(r.paretovariate, 1), many(r.paretovariate, 3.5))
print("weibullvariate", many(r.weibullvariate, 1, 1), many(r.weibullvariate, 2, 0.7))
print("binomialvariate", many(r.binomialvariate), many(r.binomialvariate, 1, 0.3),
      many(r.binomialvariate, 20, 0.1), many(r.binomialvariate, 30, 0.8),
      many(r.binomialvariate, 1000, 0.4), many(r.binomialvariate, 10**6, 0.5),
      many(r.binomialvariate, 50, 0.0), many(r.binomialvariate, 50, 1.0), many(r.binomialvariate, 0, 0.3),
      many(r.binomialvariate, 10, 1e-300))

# gauss keeps its second value; reseeding discards it.
r.seed(8)
g1 = r.gauss()
print(repr(r.gauss_next), g1)
r.seed(8)
print(r.gauss_next, r.gauss() == g1)

# The module functions share one hidden generator.
random.seed(2718)
print(random.random(), random.gauss(), random.expovariate(), random.gammavariate(2, 2),
      random.betavariate(3, 1), random.binomialvariate(40, 0.35), random.vonmisesvariate(0, 1),
      random.lognormvariate(0, 0.5), random.normalvariate(1, 2), random.paretovariate(2),
      random.weibullvariate(1, 2), random.triangular(1, 2, 1.2), random.uniform(0, 100))
random.seed(2718)
a = random.getstate()
x = [random.random() for _ in range(5)]
random.setstate(a)
print(x == [random.random() for _ in range(5)], random._inst.getstate() == random.getstate())

show("gamma alpha 0", lambda: r.gammavariate(0, 1))
show("gamma beta neg", lambda: r.gammavariate(1, -1))
show("beta 0", lambda: r.betavariate(0, 1))
show("binomial n<0", lambda: r.binomialvariate(-1, 0.5))
show("binomial p>1", lambda: r.binomialvariate(5, 1.5))
show("binomial p<0", lambda: r.binomialvariate(5, -0.1))
show("expovariate 0", lambda: r.expovariate(0))
show("pareto 0", lambda: r.paretovariate(0))
show("lognorm missing", lambda: r.lognormvariate(0))
show("vonmises missing", lambda: r.vonmisesvariate(1))
show("uniform str", lambda: r.uniform("a", "b"))
