# Assignment statements: targets of every shape, chains, augmented and annotated forms.
a = 1
a = b = c = 2
a, b = 1, 2
(a, b) = [c, d] = 3, 4
[a, (b, c)] = 1, (2, 3)
a, *rest = range(5)
*init, last = range(5)
first, *middle, last = range(5)
(*starred,) = [1]
[*starred] = [2]
obj = type('O', (), {})()
obj.attr = 1
obj.attr, obj.other = 1, 2
items = [0, 0, 0]
items[0] = items[1:2] = [5]
items[0], items[1] = items[1], items[0]
mapping = {}
mapping['k'] = mapping[1, 2] = 0
a += 1; a -= 1; a *= 2; a /= 2; a //= 1; a %= 5; a **= 2
b = 1
b <<= 2; b >>= 1; b &= 3; b |= 4; b ^= 5
m = [[1]]
obj.attr += 1
items[0] *= 3
annotated: int
annotated_value: int = 5
obj.ann: str = 'x'
items[0]: int = 7
(parenthesized): int = 1
complex_annotation: dict[str, list[int]] | None = None
annotated_tuple: tuple[int, ...] = 1, 2
yielded = None
walrus_statement = (n := 10)
swap_x, swap_y = 1, 2
swap_x, swap_y = swap_y, swap_x
for_target = [x for x in range(3)]
a = yield_free = lambda: (yield)
