def classify(x):
    if x > 0:
        if x > 10:
            if x > 100:
                return "huge"
            return "big"
        else:
            for d in (2, 3, 5):
                if x % d == 0:
                    return "div by %d" % d
            return "small"
    return "non-positive"
print([classify(v) for v in (-1, 0, 7, 9, 10, 50, 1000)])
