# the `as` name is deleted after the handler
try:
    raise ValueError(1)
except ValueError as err:
    saved = err
try:
    print(err)
except NameError as e:
    print("NameError")
print(saved.args)
e = "outer"
try:
    raise KeyError
except KeyError as e:
    pass
print("e" in dir())
