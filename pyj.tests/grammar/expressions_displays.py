# Tuples, lists, sets, dicts, unpacking and every kind of comprehension.
a, b, seq, mapping = 1, 2, [1, 2, 3], {'k': 1}
tuples = (), (a,), (a, b), a, b, (a, b,), ((a, b), (b, a))
lists = [], [a], [a, b], [a, b,], [[a], [b]], [*seq], [a, *seq, b, *seq]
sets = {a}, {a, b}, {a, b,}, {*seq}, {*seq, a}
dicts = {}, {'a': a}, {'a': a, 'b': b,}, {**mapping}, {'x': 1, **mapping, 'y': 2}, {a: b for a, b in mapping.items()}
unpacked_tuple = *seq, a
list_comp = [x for x in seq], [x * 2 for x in seq if x if x > 1], [(x, y) for x in seq for y in seq if x != y]
set_comp = {x for x in seq}, {x % 2 for x in seq if x}
dict_comp = {x: x ** 2 for x in seq}, {k: v for k, v in mapping.items() if v}
gen_exp = (x for x in seq), (x for x in seq if x for y in seq)
nested_comp = [[y for y in range(x)] for x in seq]
comp_with_walrus = [y for x in seq if (y := x * 2) > 2]
comp_with_tuple_target = [a + b for a, b in [(1, 2)]], [c for (c, *d) in [(1, 2, 3)]]
comp_with_conditional = [x if x else -x for x in seq]
comp_with_lambda = [lambda: x for x in seq]
starred_in_subscript_tuple = seq[0], mapping['k']
dict_with_complex_keys = {(1, 2): 'tuple', 1.5: 'float', None: 'none', 'a' 'b': 'concat'}
ellipsis = ..., [...], {...}
