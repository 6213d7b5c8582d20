# lists as stacks and queues
s = []
for i in range(4):
    s.append(i)
print(s.pop(), s.pop(), s)
q = [1, 2, 3]
q.append(4)
print(q.pop(0), q.pop(0), q)
q.insert(0, 0)
print(q)
