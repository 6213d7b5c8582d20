def ok():
    return 1
print(ok())
exec("def broken(:\n    pass")
print("unreachable")
