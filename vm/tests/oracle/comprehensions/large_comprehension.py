r = [x * x for x in range(1000)]
print(len(r), r[-1], sum(r))
s = {x % 97 for x in range(10000)}
print(len(s))
d = {i: str(i) for i in range(500)}
print(len(d), d[499])
