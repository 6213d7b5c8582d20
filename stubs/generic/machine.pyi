"""Hardware access for the generic simulated board: pins, buses, timers, power and reset.

A board that is no particular chip: GPIO 0-31, all able to input and output,
an LED on GPIO 2, ADC inputs on GPIO 26-29, two I2C, SPI and UART buses.
It follows MicroPython's portable `machine` API, without port extras.
"""
