class Tracked:
    count = 0
    def __init__(self):
        Tracked.count += 1
        self.id = Tracked.count
objs = [Tracked() for _ in range(4)]
print(Tracked.count, [o.id for o in objs])
class Sub(Tracked):
    pass
Sub()
print(Tracked.count, Sub.count)
