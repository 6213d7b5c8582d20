# how tuples print
print((), (1,), (1, 2), ((),), ((1,),), (None, True, "s", b"b", 1.5))
print(repr(("a'b", 'c"d')), str((1, "x")))
print([(1, 2), (3,)], {(1, 2): (3,)})
print(((1, (2, (3, (4,)))),))
