# Exception handling as real programs write it.
import errno
import sys


class DeviceError(Exception):
    def __init__(self, code, msg="device error"):
        super().__init__(msg)
        self.code = code


class TimeoutErr(DeviceError):
    pass


def op(kind):
    if kind == 1:
        raise TimeoutErr(110, "timed out")
    if kind == 2:
        raise OSError(errno.ENOENT)
    if kind == 3:
        raise ValueError("bad", 3)
    if kind == 4:
        return {}["missing"]
    return "ok"


for k in range(5):
    try:
        r = op(k)
    except TimeoutErr as e:
        print("timeout", e.code, e.args)
    except DeviceError:
        print("device")
    except OSError as e:
        print("os", e.errno == errno.ENOENT, e.args[0])
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e.args)
    else:
        print("fine", r)
    finally:
        pass

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    sys.print_exception(e)

try:
    raise StopIteration
except Exception as e:
    print(repr(e))

try:
    int("x")
except ValueError as e:
    print("value:", e)

try:
    assert False, "nope"
except AssertionError as e:
    print(e)

try:
    [].pop()
except IndexError as e:
    print(e)

try:
    raise NotImplementedError
except NotImplementedError:
    print("ni")

try:
    import nothere_module
except ImportError as e:
    print("import", e)

e = OSError(errno.EAGAIN, "again")
print(e.errno, e.args)
print(isinstance(KeyboardInterrupt(), BaseException), issubclass(OSError, Exception))
