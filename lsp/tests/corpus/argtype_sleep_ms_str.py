import time
time.sleep_ms("x")
