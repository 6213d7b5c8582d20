# Found by upy-fuzz (vm, seed 16): break and continue in finally swallowed every interrupt; a stop ends it
def grid():
    while True:
        for b in range(3):
            try:
                while True:
                    pass
            finally:
                break


while True:
    try:
        grid()
    finally:
        continue
