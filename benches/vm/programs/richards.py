# A small task scheduler in the style of the Richards benchmark: tasks of
# several kinds pass packets through queues under a priority scheduler.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4
    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue
class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is not None
        self.count = 0
    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)
    def take(self):
        p = self.queue
        self.queue = p.link
        self.waiting = self.queue is None and self.waiting
        return p
class Worker(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.dest = HANDLER_A
    def run(self):
        if self.queue is None:
            self.waiting = True
            return
        p = self.take()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        p.ident = self.dest
        for i in range(4):
            self.count += 1
            p.data[i] = (self.count % 26) + 65
        self.sched.send(p)
class Handler(Task):
    def run(self):
        if self.queue is None:
            self.waiting = True
            return
        p = self.take()
        p.datum += 1
        self.count += p.datum
        p.ident = DEVICE_A if self.ident == HANDLER_A else DEVICE_B
        self.sched.send(p)
class Device(Task):
    def run(self):
        if self.queue is None:
            self.waiting = True
            return
        p = self.take()
        self.count += 1
        p.ident = WORKER
        self.sched.send(p)
class Idle(Task):
    def __init__(self, sched, ident, priority, rounds):
        Task.__init__(self, sched, ident, priority, None)
        self.rounds = rounds
    def run(self):
        self.rounds -= 1
        if self.rounds == 0:
            self.held = True
        self.count += 1
class Scheduler:
    def __init__(self):
        self.tasks = {}
    def send(self, p):
        t = self.tasks[p.ident]
        t.queue = p.append_to(t.queue)
        t.waiting = False
    def run(self, steps):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        for _ in range(steps):
            for t in order:
                if t.runnable():
                    t.run()
                    break
            else:
                return
def bench(rounds):
    s = Scheduler()
    s.tasks[IDLE] = Idle(s, IDLE, 0, rounds)
    q = None
    for k in range(3):
        q = Packet(q, WORKER, k)
    s.tasks[WORKER] = Worker(s, WORKER, 1000, q)
    q = None
    for k in range(3):
        q = Packet(q, HANDLER_A, k)
    s.tasks[HANDLER_A] = Handler(s, HANDLER_A, 2000, q)
    q = None
    for k in range(3):
        q = Packet(q, HANDLER_B, k)
    s.tasks[HANDLER_B] = Handler(s, HANDLER_B, 3000, q)
    s.tasks[DEVICE_A] = Device(s, DEVICE_A, 4000, None)
    s.tasks[DEVICE_B] = Device(s, DEVICE_B, 5000, None)
    s.run(rounds)
    return [s.tasks[i].count for i in range(6)]
print(bench(300000))
