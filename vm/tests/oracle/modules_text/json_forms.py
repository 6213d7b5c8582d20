# json's MicroPython forms: non-str keys quoted in their JSON form, bytes as strings, separators.
import json

for key in (None, True, False, 4, 1.5, b"k", (1, 2)):
    print(json.dumps({key: 1}))
print(json.dumps(b"bytes"), json.dumps([1, (2, 3)], separators=(";", "=")))
print(json.dumps({"a": [1, {"b": None}]}, separators=(",", ":")))
print(json.dumps("\b\f\x01\u1234"))
print(json.loads(b'{"x": [1, 2.5, "s", null, true]}'))
print(json.loads(bytearray(b"[3]")))
