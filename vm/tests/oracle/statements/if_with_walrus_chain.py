import re
for line in ["temp=21", "hum=40", "bad", "temp=x"]:
    if (m := re.match(r"(\w+)=(\d+)$", line)) is not None:
        print(m.group(1), int(m.group(2)))
    elif "=" in line:
        print("non-numeric", line)
    else:
        print("skip", line)
