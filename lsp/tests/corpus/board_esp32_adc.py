# board: esp32
from machine import ADC, Pin
adc = ADC(Pin(34), atten=ADC.ATTN_11DB)
print(adc.read_u16(), adc.read_uv(), adc.read())
