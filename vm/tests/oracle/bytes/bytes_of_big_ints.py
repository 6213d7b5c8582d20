# bytes(n) with big and negative counts, and bytearray growth.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(len(bytes(1000)), bytes(5), r(bytes, 2**70), r(bytes, -(2**70)), r(bytearray, -5), len(bytearray(300)))
b = bytearray()
for i in range(300):
    b.append(i % 256)
print(len(b), b[250:260], r(b.count, 0), b.find(b"\xff"))
