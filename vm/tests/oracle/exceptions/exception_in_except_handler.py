try:
    try:
        raise ValueError
    except ValueError:
        {}["missing"]
except KeyError as e:
    print("KeyError from handler", e)
def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        return "returned " + str(e)
    finally:
        print("finally runs")
print(f())
