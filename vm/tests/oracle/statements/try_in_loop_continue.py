out = []
for s in ["1", "x", "3", "", "5"]:
    try:
        out.append(int(s))
    except ValueError:
        out.append(None)
        continue
    finally:
        out.append("|")
print(out)
