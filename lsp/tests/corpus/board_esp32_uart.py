# board: esp32
from machine import UART
u = UART(2, baudrate=9600, tx=17, rx=16)
u.write(b"AT\r\n")
print(u.any(), u.read(4))
