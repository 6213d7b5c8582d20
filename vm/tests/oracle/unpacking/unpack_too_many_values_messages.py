for src, val in (("a, b", [1, 2, 3]), ("a, b, c", [1]), ("a,", []), ("a, *b, c", [1])):
    try:
        exec(src + " = v", {"v": val})
    except ValueError as e:
        print(src, "ValueError", e)
