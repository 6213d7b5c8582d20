# Lists, dicts, sets, slicing, sorting and unpacking.
squares = [n * n for n in range(10)]
evens = [n for n in squares if n % 2 == 0]
pairs = [(a, b) for a in range(3) for b in range(3) if a != b]
lookup = {name: len(name) for name in ("alpha", "beta", "gamma")}
unique = {c.lower() for c in "Hello World" if c.isalpha()}
flat = [x for row in [[1, 2], [3, 4], [5]] for x in row]
merged = dict(lookup, delta=5, **{"eps": 3})
combined = squares[:3] + evens[-2:] + [99]
first, *middle, last = combined
head, (x, y), tail = 1, (2, 3), 4
matrix = [[0] * 4 for _ in range(4)]
matrix[1][2] = 7
column = [row[2] for row in matrix]
diagonal = [matrix[i][i] for i in range(len(matrix))]
reversed_copy = squares[::-1]
every_third = squares[1:9:3]
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: (-p[1], p[0]))
by_age = sorted(people, key=lambda p: p[1], reverse=True)
names = list(map(lambda p: p[0].upper(), people))
adults = list(filter(lambda p: p[1] >= 30, people))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
most = max(counts.items(), key=lambda kv: kv[1])
stack = []
stack.append(1); stack.append(2)
top = stack.pop() if stack else None
del stack[:]
t = ()
single = (1,)
empty_set = set()
nested = {"a": [1, {"b": (2, 3)}], "c": {4, 5}}
value = nested["a"][1]["b"][0]
ok = all(isinstance(v, int) for v in squares) and not any(v < 0 for v in squares)
inside = 3 in {1, 2, 3} and "x" not in "abc"
chained = 0 <= value < 10 != 11
print(first, middle, last, head, x, y, tail, most, top, ok, inside, chained)
