for a, b in ((None, 1), (1, None), (None, None), ("a", None)):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print(None == 0, None != False, None == None)
