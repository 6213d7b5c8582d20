print("ell" in "hello", "" in "", "x" in "", b"ell" in b"hello", 101 in b"hello", 300 in b"hello" if False else "skip")
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError", e)
try:
    print("a" in b"abc")
except TypeError as e:
    print("TypeError", e)
