# Compound statements: if/elif/else, while/else, for/else, break and continue.
value = 3
if value:
    pass
if value > 2:
    result = 'big'
elif value > 1:
    result = 'medium'
elif value:
    result = 'small'
else:
    result = 'zero'
if (n := value) > 1: result = n
while value:
    value -= 1
    if value == 1:
        continue
    if value == 5:
        break
else:
    result = 'exhausted'
for i in range(3):
    if i:
        break
else:
    pass
for i, (j, k) in enumerate([(1, 2)]):
    pass
for *head, tail in [(1, 2, 3)]:
    pass
for [a, b] in [[1, 2]]: pass
for x in 1, 2, 3:
    pass
for x in *[1], 2:
    pass
while True:
    while False:
        pass
    break
if value:
    if not value:
        pass
    elif value:
        pass
else:
    pass
