import io
b = io.BytesIO()
b.write(b"hello", 3)
b.write(b"world", 1, 2)
print(b.getvalue())
s = io.StringIO("a\nb")
print(s.readline())
