class Even:
    def __call__(self, n):
        return n % 2 == 0
print(list(filter(Even(), range(10))), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(None, (0, "", None, 5, "x"))))
