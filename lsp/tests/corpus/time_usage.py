import time
t0 = time.ticks_ms()
time.sleep_ms(1)
time.sleep_us(10)
dt = time.ticks_diff(time.ticks_ms(), t0)
print(dt >= 0, time.ticks_add(t0, 5) != t0)
