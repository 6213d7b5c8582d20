for src in ("a, b = [1]", "a, b = [1, 2, 3]", "a, b = 5", "a, *b, c = [1]", "a, = ()", "(a, b), c = [1, 2], 3"):
    try:
        exec(src, {})
        print(src, "ok")
    except (ValueError, TypeError) as e:
        print(src, type(e).__name__, e)
