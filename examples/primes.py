# A loop-heavy program: counts primes with trial division, then with a sieve.
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


count = 0
for n in range(20000):
    if is_prime(n):
        count += 1
print("primes below 20000 (trial division):", count)

limit = 100000
sieve = [True] * limit
sieve[0] = sieve[1] = False
for i in range(2, int(limit ** 0.5) + 1):
    if sieve[i]:
        for j in range(i * i, limit, i):
            sieve[j] = False
print("primes below 100000 (sieve):", sum(sieve))
print("last five:", [i for i in range(limit - 1, 0, -1) if sieve[i]][:5])
