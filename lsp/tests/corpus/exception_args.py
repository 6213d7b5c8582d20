try:
    raise ValueError("bad", 2)
except (ValueError, TypeError) as e:
    print(e.args)
