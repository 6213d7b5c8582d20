# Instance attributes and method calls in a hot loop (the core_locals shape).
class Particle:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.vx = 1
        self.vy = -1

    def step(self):
        self.x += self.vx
        self.y += self.vy
        if self.x > 100 or self.x < 0:
            self.vx = -self.vx
        if self.y > 100 or self.y < 0:
            self.vy = -self.vy


def run(n):
    ps = [Particle(i % 100, (i * 7) % 100) for i in range(50)]
    for _ in range(n):
        for p in ps:
            p.step()
    return sum(p.x + p.y for p in ps)


print(run(20000))
