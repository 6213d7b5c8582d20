import select, io
p = select.poll()
s = io.BytesIO()
p.register(s, select.POLLIN)
p.modify(s, select.POLLOUT)
p.unregister(s)
print("ok")
