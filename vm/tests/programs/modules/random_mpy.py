# random is deterministic per seed (the sequence itself is upy's own).
import random

random.seed(42)
a = [random.getrandbits(8) for _ in range(5)]
random.seed(42)
print(a == [random.getrandbits(8) for _ in range(5)])
print(all(0 <= random.getrandbits(32) < 2**32 for _ in range(100)), random.getrandbits(0))
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(200)))
print(sorted(set(random.randint(1, 3) for _ in range(200))))
print(all(random.randrange(0, 10, 3) in (0, 3, 6, 9) for _ in range(100)))
print(all(0 <= random.random() < 1 for _ in range(100)))
print(all(2 <= random.uniform(2, 5) <= 5 for _ in range(100)))
print(random.choice("x"), random.choice([7]), random.randrange(5, 6))
for bad in [lambda: random.getrandbits(33), lambda: random.randrange(0), lambda: random.randint(3, 1)]:
    try:
        bad()
    except ValueError:
        print("ValueError")
try:
    random.choice([])
except IndexError:
    print("IndexError")
