err = ValueError("reused")
for i in range(3):
    try:
        raise err
    except ValueError as e:
        print(i, e is err, e)
