# Big-integer arithmetic: digits of e by a spigot, and factorials.
def e_digits(n):
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[: n]


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


print(e_digits(3000)[-20:])
print(len(str(fact(1000))))
x = 3 ** 5000
print(x % 1000007, (x >> 4000) & 0xFFFF)
