def f(n):
    try:
        try:
            if n == 0:
                raise KeyError("k")
            if n == 1:
                raise ValueError("v")
            return "none"
        except KeyError:
            return "inner caught"
        finally:
            print("inner finally", n)
    except ValueError as e:
        return "outer caught " + str(e)
    finally:
        print("outer finally", n)
for n in range(3):
    print(f(n))
