import sys
import gc
import micropython
import errno

print(sys.platform, sys.byteorder, sys.maxsize, sys.version_info)
print(sys.implementation.name, sys.implementation.version[:2] >= (1, 20), sys.implementation[0])
print(type(sys.argv), type(sys.path), "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.version.startswith("3.4.0; MicroPython"))
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
try:
    raise ValueError("shown")
except ValueError as e:
    sys.print_exception(e)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args)

gc.collect()
print(gc.mem_free() > 0, gc.mem_alloc() > 0, gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
gc.threshold(4096)
print(gc.threshold())

X = micropython.const(42)
print(X, micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())


@micropython.native
def add(a, b):
    return a + b


@micropython.viper
def mul(a, b):
    return a * b


print(add(2, 3), mul(4, 5))
micropython.alloc_emergency_exception_buf(100)
micropython.schedule(print, "scheduled")
print(errno.ENOENT, errno.EEXIST, errno.errorcode[errno.EIO], errno.errorcode[110])
try:
    import nosuchmodule
except ImportError as e:
    print(e)
import utime, ujson, ustruct, uos, ucollections
print(utime.ticks_diff(3, 1), ujson.dumps([1]), ustruct.calcsize("<i"))
