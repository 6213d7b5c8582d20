# Modules that micropython-lib provides (and the webassembly port freezes).
import logging
import datetime
import functools

log = logging.getLogger("app")
log.setLevel(logging.INFO)


def square(x):
    return functools.reduce(lambda a, b: a * b, [x, x])


d = datetime.date(2024, 2, 29)
print(d.isoformat(), square(4), logging.INFO)
