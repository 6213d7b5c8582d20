# Parsing: json, re, struct, binascii and hashlib together.
import binascii
import hashlib
import json
import re
import struct

line = "T=23.5;H=41;P=1013.2"
pattern = re.compile(r"(\w)=([\d.]+)")
fields = {}
for part in line.split(";"):
    m = pattern.match(part)
    if m:
        fields[m.group(1)] = float(m.group(2))
print(sorted(fields.items()))
print(re.sub(r"\d", "#", "a1b22"), re.split(r"[;=]", line)[:3])
m = re.search(r"H=(\d+)", line)
print(m.group(0), m.group(1), m.start(), m.end(), m.span())
packet = struct.pack("<BHf", 1, 512, 1.5)
kind, count, level = struct.unpack("<BHf", packet)
print(len(packet), struct.calcsize("<BHf"), kind, count, level)
buf = bytearray(8)
struct.pack_into(">HH", buf, 2, 7, 9)
print(struct.unpack_from(">HH", buf, 2), binascii.hexlify(buf, " "))
digest = hashlib.sha256(b"abc").digest()
print(binascii.hexlify(digest)[:16], binascii.b2a_base64(b"hi").strip(), binascii.a2b_base64("aGk="))
h = hashlib.sha1()
h.update(b"a")
h.update(b"b")
print(binascii.hexlify(h.digest()).decode())
doc = json.loads('{"a": [1, 2.5, null, true], "b": "x"}')
print(doc["a"], json.dumps(doc["b"]), json.dumps([1, {"k": None}]))
try:
    json.loads("{bad")
except ValueError:
    print("bad json")
print(binascii.crc32(b"hello") & 0xFFFFFFFF)
