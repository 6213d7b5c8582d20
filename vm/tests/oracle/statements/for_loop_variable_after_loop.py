for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError", e)
for k, v in {"a": 1}.items():
    pass
print(k, v)
