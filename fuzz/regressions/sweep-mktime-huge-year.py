# Panicked (overflow) on a year or field far outside any calendar.
import time
print(time.mktime((2**62, 1, 1, 0, 0, 0, 0, 0)))
print(time.mktime((-2**63, 1, 1, 0, 0, 0, 0, 0)))
