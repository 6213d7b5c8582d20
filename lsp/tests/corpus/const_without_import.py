LED = const(2)
_HIDDEN = const(0x10)
SIZE = const(LED * 4)
print(LED, _HIDDEN, SIZE)
