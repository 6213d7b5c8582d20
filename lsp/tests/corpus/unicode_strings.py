s = "héllo wörld ☃"
print(len(s), s.upper())
