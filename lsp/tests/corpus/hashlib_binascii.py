import hashlib, binascii
h = hashlib.sha256(b"x")
print(binascii.hexlify(h.digest())[:8], binascii.b2a_base64(b"hi"))
