# sorting instances by a key and by __lt__
class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __lt__(self, o):
        return self.price < o.price
    def __repr__(self):
        return self.name
items = [Item("c", 3), Item("a", 1), Item("b", 2)]
print(sorted(items), sorted(items, reverse=True), min(items), max(items))
print(sorted(items, key=lambda i: i.name))
