log = []
def f():
    try:
        try:
            raise ValueError("a")
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
try:
    f()
except ValueError as e:
    log.append("caught " + str(e))
print(log)
