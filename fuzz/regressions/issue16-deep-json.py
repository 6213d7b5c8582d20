# Issue #16: json.dumps of lists nested 100,000 deep (the issue: a million)
x = []
for _ in range(100000):
    x = [x]
import json
json.dumps(x)
