# Panicked (overflow) on board timing arguments far past any real value.
import machine
for f in (lambda: machine.PWM(machine.Pin(2)).duty_ns(2**62), lambda: machine.WDT(timeout=2**63-1), lambda: machine.RTC().datetime((2**32, 1, 1, 0, 0, 0, 0, 0)), lambda: machine.RTC().datetime((2**62, 1, 1, 0, 0, 0, 0, 0)), lambda: machine.RTC().datetime((2000, 1, 1, 0, 2**62, 0, 0, 0))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
