for args in ((), ("m",), (2, "msg"), (2, "msg", "file")):
    e = OSError(*args)
    print(e.args, str(e))
try:
    open("/no/such/file/here")
except OSError as e:
    print(type(e).__name__, len(e.args))
