# slice bounds are clamped to the sequence
l = list(range(5))
print(l[-100:100], l[3:1], l[4:], l[5:], l[-1:], l[:-10], l[2:-2], l[-3:-1])
print(l[None:2], l[True:], l[:False])
try:
    l["a":]
except TypeError as e:
    print("TypeError")
