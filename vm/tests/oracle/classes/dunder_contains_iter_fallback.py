class G:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(G()), 20 in G(), 25 in G())
for v in G():
    print(v)
a, b, c = G()
print(a, b, c)
print(sorted(G(), reverse=True), sum(G()))
