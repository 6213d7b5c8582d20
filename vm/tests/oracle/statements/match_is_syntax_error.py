src = "match x:\n    case 1:\n        pass\n"
try:
    exec(src)
except SyntaxError as e:
    print("SyntaxError", e.args[0] if e.args else "")
match = 5
print(match)
case = [1]
print(case)
