class Timer:
    count = 0
    def __enter__(self):
        Timer.count += 1
        return Timer.count
    def __exit__(self, et, ev, tb):
        print("exit", Timer.count, et)
for _ in range(2):
    with Timer() as n:
        print("n", n)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except AttributeError as e:
    print("AttributeError")
