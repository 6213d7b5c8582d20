x = 7
msg = []
if x % 2:
    msg.append("odd")
if x > 5:
    msg.append("big")
elif x > 2:
    msg.append("medium")
print(msg)
print("even") if x % 2 == 0 else print("not even")
