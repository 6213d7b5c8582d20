# board: esp32
@micropython.viper
def wrap(x: uint) -> uint:
    return x + uint(1)
print(wrap(5))
