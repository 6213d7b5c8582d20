import micropython
micropython.opt_level(0)
print(micropython.opt_level())
micropython.alloc_emergency_exception_buf(100)
