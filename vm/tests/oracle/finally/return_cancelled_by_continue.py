# a return inside finally is cancelled by continue in an enclosing finally
def f(n):
    log = []
    for i in range(n):
        try:
            pass
        finally:
            try:
                try:
                    log.append(i)
                finally:
                    try:
                        1 / 0
                    finally:
                        return ("returned", log)
            finally:
                log.append("cont")
                continue
    return ("ended", log)


print(f(3))


def g():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "after"


print(g())


def h():
    for i in range(5):
        try:
            return i * 10
        finally:
            break
    return "broke"


print(h())


def nested_loops():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    return (i, j)
            finally:
                out.append((i, j))
                if j == 1:
                    break
    return out


print(nested_loops())
