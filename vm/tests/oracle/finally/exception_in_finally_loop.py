# an exception raised while another is pending in a loop
def f():
    for i in range(3):
        try:
            try:
                raise ValueError(i)
            finally:
                if i == 1:
                    raise KeyError(i)
        except ValueError as e:
            print("value", e)
        except KeyError as e:
            print("key", e)
f()
