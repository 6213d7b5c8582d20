# board: esp32
import machine
machine.freq(240000000)
print(machine.freq(), machine.unique_id())
