# Virtual time: sleeps advance the clock exactly; ticks wrap at 2**30.
import time

t0 = time.ticks_ms()
time.sleep_ms(250)
print(time.ticks_diff(time.ticks_ms(), t0))
u0 = time.ticks_us()
time.sleep_us(1500)
print(time.ticks_diff(time.ticks_us(), u0))
t1 = time.ticks_ms()
time.sleep(1.5)
print(time.ticks_diff(time.ticks_ms(), t1))
time.sleep_ms(-5)
print(time.ticks_diff(time.ticks_ms(), t1))

# Wrap-around arithmetic, as on a board.
MAX = time.ticks_add(0, -1)
print(MAX, time.ticks_add(MAX, 1), time.ticks_add(5, -10))
print(time.ticks_diff(2, MAX), time.ticks_diff(MAX, 2))
print(time.ticks_diff(100, 50), time.ticks_diff(50, 100))
deadline = time.ticks_add(time.ticks_ms(), 200)
n = 0
while time.ticks_diff(deadline, time.ticks_ms()) > 0:
    time.sleep_ms(50)
    n += 1
print("waited", n, "steps")

# The calendar (generic board: epoch 1970).
print(time.gmtime(0), time.localtime(86400 * 365))
print(time.gmtime(951782400))
print(time.mktime((2000, 3, 1, 0, 0, 0, 0, 0)), time.mktime((2024, 13, 1, 0, 0, 0, 0, 0)) == time.mktime((2025, 1, 1, 0, 0, 0, 0, 0)))
print(time.mktime(time.localtime(123456789)))
print(type(time.time()), type(time.time_ns()), time.time_ns() // 10**9 - time.time() in (0, 1))
print(type(time.ticks_cpu()))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)

# Setting the RTC sets the time, as on a board.
import machine
machine.RTC().datetime((2030, 5, 6, 0, 7, 8, 9, 0))
print(time.localtime()[:6], time.gmtime()[:5])
t = time.time()
print(t - time.mktime((2030, 5, 6, 7, 8, 9, 0, 0)) in (0, 1))
