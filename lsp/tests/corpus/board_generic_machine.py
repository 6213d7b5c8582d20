import machine
p = machine.Pin(2, machine.Pin.OUT)
p.on()
print(machine.unique_id())
