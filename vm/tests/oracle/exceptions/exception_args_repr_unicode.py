e = ValueError("é", "€")
print(e.args, str(e), repr(e))
k = KeyError("é")
print(str(k), repr(k))
