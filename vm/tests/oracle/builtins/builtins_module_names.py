import builtins
print(builtins.len is len, builtins.print is print, builtins.int is int)
builtins.my_new_builtin = 5
print(my_new_builtin)
