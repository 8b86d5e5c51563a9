# The first n decimal digits of pi by Gibbons' streaming spigot: stresses big-int multiply, add and floor division.
"""The spigot keeps the partial continued product of pi's series as a linear
fractional transformation (q*x + r) / t with unbounded integers. Each series
term multiplies the state by a small matrix; a digit is emitted once the
transformation maps the whole interval [3, 4] to values with the same integer
part. The integers grow roughly linearly with the number of digits produced,
so the cost is dominated by multiplying and dividing big ints by small ones
and by each other.

check() verifies against an independent computation (Machin's arctangent
formula in fixed point), itself anchored by a hard-coded prefix of pi.
"""

SIZES = {"quick": 400, "full": 2_000}

PI_PREFIX = ("3141592653589793238462643383279502884197169399375105820974944"
             "5923078164062862089986280348253421170679")


def bench(n):
    # State of the transformation x -> (q*x + r) / t (its lower-left entry is 0).
    q, r, t = 1, 0, 1
    k = 0              # index of the last series term folded in
    digits = []
    while len(digits) < n:
        # Fold in the next term of pi = sum_k (k!)^2 2^(k+1) / (2k+1)!,
        # the matrix [[k, 4k+2], [0, 2k+1]].
        k += 1
        d = 2 * k + 1
        r = (2 * q + r) * d
        q *= k
        t *= d
        # Emit every digit that is already determined: the transformation
        # at x = 3 and x = 4 must agree on the integer part.
        while q <= r:          # a cheap guard: digits are stable only once r catches up
            digit = (3 * q + r) // t
            if (4 * q + r) // t != digit:
                break
            digits.append(digit)
            if len(digits) == n:
                break
            # Shift the emitted digit out: x -> 10 * (x - digit).
            r = 10 * (r - digit * t)
            q *= 10
    return "".join([str(d) for d in digits])


def machin_pi_digits(n):
    """First n digits of pi from pi = 16 atan(1/5) - 4 atan(1/239), in fixed point."""
    guard = 10
    unity = 10 ** (n + guard)

    def atan_inv(x):
        # atan(1/x) * unity by its Taylor series; every term is truncated, and
        # the guard digits absorb the accumulated truncation error.
        total = 0
        power = unity // x
        x2 = x * x
        k = 1
        sign = 1
        while power:
            total += sign * (power // k)
            power //= x2
            k += 2
            sign = -sign
        return total

    pi = 16 * atan_inv(5) - 4 * atan_inv(239)
    return str(pi // 10 ** (guard + 1))[:n]


def check(result, n):
    reference = machin_pi_digits(n)
    prefix = PI_PREFIX[:n]
    if reference[:len(prefix)] != prefix:
        raise AssertionError("pidigits: reference computation is broken for n=%d" % n)
    if result != reference:
        # Point at the first wrong digit; the strings are too long to print whole.
        pos = 0
        while pos < len(result) and pos < n and result[pos] == reference[pos]:
            pos += 1
        raise AssertionError(
            "pidigits: expected %d digits of pi (%s...) for n=%d, got %d digits"
            " differing at position %d: %r"
            % (n, reference[:20], n, len(result), pos, result[max(0, pos - 5):pos + 5]))


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("pidigits", n, "ok")
