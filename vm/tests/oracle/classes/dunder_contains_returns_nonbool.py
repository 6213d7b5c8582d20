class C:
    def __contains__(self, x):
        return x * 2
c = C()
print(1 in c, 0 in c, 1 not in c, type(1 in c).__name__)
