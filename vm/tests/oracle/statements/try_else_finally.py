def run(mode):
    log = []
    try:
        log.append("try")
        if mode == 1:
            raise ValueError
        if mode == 2:
            return log + ["ret"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for m in range(3):
    print(m, run(m))
