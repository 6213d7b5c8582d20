class Registry:
    items = []
    @classmethod
    def register(cls, v):
        cls.items.append(v)
        return cls
    @classmethod
    def count(cls):
        return len(cls.items)
Registry.register(1).register(2)
print(Registry.count(), Registry.items)
