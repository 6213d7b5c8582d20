import random
random.seed(1)
print(0 <= random.getrandbits(8) < 256, random.randint(1, 3) in (1, 2, 3), random.choice([5]))
