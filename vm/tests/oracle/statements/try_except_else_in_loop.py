results = []
for d in (2, 0, 5):
    try:
        r = 10 // d
    except ZeroDivisionError:
        results.append("div0")
    else:
        results.append(r)
    finally:
        results.append(".")
print(results)
