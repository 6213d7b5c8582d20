class H:
    def __hash__(self):
        return 2 ** 40
print(len({H(), H()}), type(hash(H())).__name__)
