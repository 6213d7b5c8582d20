def grade(n):
    if n >= 90:
        return "A"
    elif n >= 80:
        return "B"
    elif n >= 70:
        return "C"
    elif n >= 60:
        return "D"
    else:
        return "F"
for n in (100, 90, 89, 75, 61, 60, 0, -5):
    print(n, grade(n))
if 0:
    print("no")
elif []:
    print("no")
print("done")
