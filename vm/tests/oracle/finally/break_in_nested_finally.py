# break and continue leaving finally bodies that run for an exception
def grid(n):
    seen = []
    for a in range(n):
        for b in range(n):
            try:
                seen.append((a, b, "body"))
            finally:
                try:
                    try:
                        seen.append((a, b, "inner"))
                    finally:
                        try:
                            raise ValueError(b)
                        finally:
                            seen.append((a, b, "exc"))
                            break
                finally:
                    seen.append((a, b, "outer"))
                    break
    return seen


for row in grid(3):
    print(row)


def cont(n):
    out = []
    for i in range(n):
        try:
            1 / 0
        finally:
            out.append(i)
            continue
    return out


print(cont(4))


def while_break():
    k = 0
    while True:
        k += 1
        try:
            raise KeyError(k)
        finally:
            if k == 3:
                break
            continue
    return k


print(while_break())
