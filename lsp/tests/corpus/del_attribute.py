class O:
    pass
o = O()
o.x = 1
del o.x
print(hasattr(o, "x"))
