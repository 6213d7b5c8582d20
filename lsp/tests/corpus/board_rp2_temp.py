# board: rp2
from machine import ADC
sensor = ADC(ADC.CORE_TEMP)
v = sensor.read_u16() * 3.3 / 65535
print(27 - (v - 0.706) / 0.001721)
