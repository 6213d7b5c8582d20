i = 0
log = []
while i < 4:
    i += 1
    try:
        if i % 2:
            continue
        log.append(i)
    finally:
        log.append("f")
print(log)
