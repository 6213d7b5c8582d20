class S:
    def __getitem__(self, k):
        return (k.start, k.stop, k.step)
s = S()
print(s[:], s[1:], s[:2], s[::3], s[1:2:3], s[-1:], s[None:None:None], s[1:None])
l = list(range(10))
print(l[-100:100], l[5:-100], l[::-3], l[8:2:-2], l[:-1:2])
print("abcdef"[-2:], "abcdef"[:-2], b"bytes"[1:3])
