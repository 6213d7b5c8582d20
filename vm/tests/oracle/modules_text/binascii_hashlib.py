# not in the oracle: the wasm build's binascii is a Python module that raises CPython's errors, not modbinascii.c's
# base64 padding as extmod/modbinascii.c decides it, and hash objects final after digest().
import binascii, hashlib

for s in [b"Zm9v", b"Zm9v\n", b"Zm9v==", b"Zm9v===YmFy", b"Zm\x009v", b"abc", b"abcde=", b"ab*d", b"ab=cdef="]:
    try:
        print(binascii.a2b_base64(s))
    except ValueError as e:
        print("ValueError", e)
print(binascii.b2a_base64(b"foob"), binascii.b2a_base64(b"fo", newline=False))
for algo in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    h = algo(b"abc")
    print(binascii.hexlify(h.digest()))
    for step in (h.digest, lambda: h.update(b"x")):
        try:
            step()
        except ValueError as e:
            print("ValueError", e)
