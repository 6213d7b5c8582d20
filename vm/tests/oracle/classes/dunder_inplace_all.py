class I:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(("+=", o)); return self
    def __isub__(self, o): self.log.append(("-=", o)); return self
    def __imul__(self, o): self.log.append(("*=", o)); return self
    def __itruediv__(self, o): self.log.append(("/=", o)); return self
    def __ifloordiv__(self, o): self.log.append(("//=", o)); return self
    def __imod__(self, o): self.log.append(("%=", o)); return self
    def __ipow__(self, o): self.log.append(("**=", o)); return self
    def __iand__(self, o): self.log.append(("&=", o)); return self
    def __ior__(self, o): self.log.append(("|=", o)); return self
    def __ixor__(self, o): self.log.append(("^=", o)); return self
    def __ilshift__(self, o): self.log.append(("<<=", o)); return self
    def __irshift__(self, o): self.log.append((">>=", o)); return self
i = I()
for op in ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>="):
    try:
        exec("i " + op + " 3", {"i": i})
    except TypeError as e:
        print(op, "TypeError", e)
for e in i.log:
    print(*e)
