log = []
class T:
    def __setitem__(self, k, v):
        log.append((k, v))
t = T()
t[1] = t[2] = "v"
print(log)
a = b = c = []
print(a is b is c)
