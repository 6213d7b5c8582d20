# every augmented assignment operator
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 3; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 0b1001; print(x)
x &= 0b1100; print(x)
x ^= 0b0110; print(x)
y = 7
y /= 2; print(y)
l = [1]
l += [2]; l *= 2; print(l)
s = "ab"
s += "c"; s *= 2; print(s)
d = {"k": 1}
d["k"] += 1; print(d)
class O: pass
o = O(); o.v = 1; o.v += 1; print(o.v)
