import json
s = json.dumps({"a": [1, 2.5, None, True]})
print(json.loads(s)["a"])
