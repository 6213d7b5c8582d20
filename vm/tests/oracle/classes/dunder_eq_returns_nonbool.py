class E:
    def __eq__(self, o):
        return "yes"
print(E() == 1, [E()] == [1], E() in [1], bool(E() == 1))
