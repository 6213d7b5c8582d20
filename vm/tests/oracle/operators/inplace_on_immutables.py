s = "a"
t = s
s += "b"
print(s, t, s is t)
n = 5
m = n
n += 1
print(n, m)
tp = (1,)
tq = tp
tp += (2,)
print(tp, tq)
