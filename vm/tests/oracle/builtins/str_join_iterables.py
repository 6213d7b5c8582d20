print("-".join(["a", "b"]), "".join("xyz"), ",".join(str(i) for i in range(3)), " ".join(()), "+".join({"k": 1}))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
