handlers = {}
for name in ("a", "b"):
    def handler(msg, name=name):
        return name + ":" + msg
    handlers[name] = handler
print(handlers["a"]("hi"), handlers["b"]("yo"))
