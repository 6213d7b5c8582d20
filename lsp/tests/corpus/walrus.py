data = [1, 2, 3]
if (n := len(data)) > 2:
    print(n)
while (x := data.pop()) > 1:
    print(x)
