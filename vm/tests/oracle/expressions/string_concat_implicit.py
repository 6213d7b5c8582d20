s = "ab" "cd" 'ef'
print(s, len(s))
b = b"x" b"y"
print(b)
t = ("multi"
     "line"
     " join")
print(t)
r = r"\n" "\n"
print(repr(r))
f = "x" f"{1 + 1}" "y"
print(f)
