class Meta:
    x = 1
try:
    print(Meta.y)
except AttributeError as e:
    print("AttributeError", e)
print(getattr(Meta, "y", "dflt"), hasattr(Meta, "x"))
