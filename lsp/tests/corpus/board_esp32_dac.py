# board: esp32
import machine
dac = machine.DAC(machine.Pin(25))
dac.write(128)
