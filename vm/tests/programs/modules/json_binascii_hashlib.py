import json, binascii, hashlib
print(json.dumps({"a": [1, 2.5, None, True, False]}), json.dumps({"b": "x\"y\n"}), json.dumps({"c": {}}))
print(json.dumps([1, 2], separators=(",", ":")))
print(json.loads('{"a": [1, -2.5e3, null, true, false, "\\u00e9\\n"], "b": {}}'))
try:
    json.loads("[1,")
except ValueError as e:
    print("ValueError")
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_base64(b"hello"), binascii.a2b_base64("aGVsbG8="))
print(binascii.crc32(b"hello"), binascii.hexlify(b"ab", "-"))
print(binascii.hexlify(hashlib.sha256(b"abc").digest()))
h = hashlib.sha1(); h.update(b"a"); h.update(b"bc")
print(binascii.hexlify(h.digest()), binascii.hexlify(hashlib.md5(b"abc").digest()))
