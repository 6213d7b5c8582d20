# exception classes are ordinary objects
errors = [ValueError, KeyError, ZeroDivisionError]
caught = []
for cls in errors:
    try:
        raise cls
    except tuple(errors) as e:
        caught.append(type(e).__name__)
print(caught)
table = {ValueError: "v", KeyError: "k"}
try:
    raise KeyError
except Exception as e:
    print(table[type(e)])
