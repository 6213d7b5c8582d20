from micropython import const
class Reg:
    CTRL = const(0x20)
    def addr(self):
        return self.CTRL
print(Reg().addr())
