# repr and str of specials.
for x in [float('inf'), float('-inf'), float('nan'), -float('nan'), 1e400, -1e400]:
    print(repr(x), str(x), x)
print([float('inf'), float('-inf'), float('nan'), -float('nan'), 1e400, -1e400])
