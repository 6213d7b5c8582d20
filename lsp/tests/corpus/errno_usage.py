import errno
try:
    open("/no/such/file")
except OSError as e:
    print(e.errno == errno.ENOENT)
