# if/elif/else, while and for over range, with break, continue and else clauses.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"

for n in range(-2, 4):
    print(n, classify(n))

count = 0
while count < 5:
    count += 1
    if count == 2:
        continue
    print("count", count)
else:
    print("while finished")

for i in range(10, 0, -3):
    print("down", i)

for i in range(100):
    if i * i > 50:
        print("first square over 50:", i)
        break
else:
    print("not reached")

total = 0
for i in range(1, 101):
    total += i
print("sum 1..100 =", total)
print(list(range(5)), list(range(2, 12, 3)), len(range(0, 100, 7)))
