# `match`, `case`, `type` and `_` are soft keywords: as names they are fine.
match = {"a": 1}
case = [1, 2]
type = "kind"
_ = 5
print(match["a"], case[1], type, _)


def match_all(pattern, items):
    return [i for i in items if pattern in i]


print(match_all("a", ["abc", "xyz"]))
