def read(lines):
    for l in lines:
        yield l
def strip(src):
    for l in src:
        yield l.strip()
def nonempty(src):
    for l in src:
        if l:
            yield l
def number(src):
    for i, l in enumerate(src, 1):
        yield "%d:%s" % (i, l)
print(list(number(nonempty(strip(read(["  a ", "", " b", "   ", "c"]))))))
