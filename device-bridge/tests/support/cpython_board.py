"""TEST DOUBLE — CPython standing in for a board's MicroPython interpreter,
only so the filesystem protocol (the bridge's `fs` module, `mpremote fs`) can
be tested before the upy VM session exists. Not MicroPython: it mimics just
the parts file transfer uses — `os.ilistdir`, MicroPython-style `OSError`
messages, and a filesystem rooted in a private directory.

Frames on stdin:  <length>\n<code>
Frames on stdout: O<length>\n<text>   program output
                  E<length>\n<text>   the exception, as MicroPython prints it
                  D\n                  run finished
"""

import builtins
import errno
import os
import sys
import traceback

ROOT = os.path.realpath(sys.argv[1])
_real_open = builtins.open
_out = sys.stdout.buffer
_cwd = ["/"]


def _p(path):
    """A board path (absolute, or relative to the board's cwd) on the host."""
    path = os.fsdecode(path) if not isinstance(path, int) else path
    if isinstance(path, int):
        return path
    if not path.startswith("/"):
        path = _cwd[0].rstrip("/") + "/" + path
    full = os.path.normpath(ROOT + path)
    if full != ROOT and not full.startswith(ROOT + os.sep):
        raise OSError(errno.EACCES, "outside the board")
    return full


def _wrap(fn):
    return lambda path="", *a, **k: fn(_p(path or "."), *a, **k)


class _Board:
    listdir = staticmethod(lambda d="": os.listdir(_p(d or ".")))
    stat = staticmethod(_wrap(os.stat))
    remove = staticmethod(_wrap(os.remove))
    mkdir = staticmethod(_wrap(os.mkdir))
    rmdir = staticmethod(_wrap(os.rmdir))
    statvfs = staticmethod(_wrap(os.statvfs))
    rename = staticmethod(lambda a, b: os.rename(_p(a), _p(b)))

    @staticmethod
    def ilistdir(d=""):
        # Eager, like MicroPython: a missing directory fails at the call.
        base = _p(d or ".")
        entries = []
        for name in sorted(os.listdir(base)):
            full = os.path.join(base, name)
            kind = 0x4000 if os.path.isdir(full) else 0x8000
            entries.append((name, kind, 0, os.stat(full).st_size))
        return iter(entries)

    @staticmethod
    def getcwd():
        return _cwd[0]

    @staticmethod
    def chdir(d):
        full = _p(d)
        if not os.path.isdir(full):
            raise OSError(errno.ENOENT, "")
        _cwd[0] = "/" + os.path.relpath(full, ROOT).replace(".", "") if full != ROOT else "/"


def _open(path, mode="r", *a, **k):
    return _real_open(_p(path), mode, *a, **k)


class _Writer:
    def write(self, text):
        data = text.encode("utf-8", "replace") if isinstance(text, str) else bytes(text)
        _out.write(b"O%d\n" % len(data) + data)
        _out.flush()
        return len(text)

    def flush(self):
        pass

    @property
    def buffer(self):
        return self


def _describe(exc, code):
    """The last lines of a MicroPython traceback for `exc`."""
    if isinstance(exc, OSError) and exc.errno is not None:
        name, value = "OSError", "[Errno %d] %s" % (exc.errno, errno.errorcode.get(exc.errno, ""))
    else:
        name, value = type(exc).__name__, str(exc)
    line = 1
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == "<stdin>":
            line = frame.lineno
    head = "Traceback (most recent call last):\n  File \"<stdin>\", line %d, in <module>\n" % line
    return head + (name + ": " + value if value else name) + "\n"


def main():
    os.chdir(ROOT)
    board_os = _Board()
    sys.modules["os"] = board_os  # `import os` on the "board" gets the sandbox
    sys.modules["uos"] = board_os
    env = {"__name__": "__main__", "__builtins__": builtins}
    builtins.open = _open
    writer = _Writer()
    stdin = sys.stdin.buffer
    while True:
        header = stdin.readline()
        if not header:
            return
        code = stdin.read(int(header)).decode("utf-8", "replace")
        sys.stdout = writer
        try:
            exec(compile(code, "<stdin>", "exec"), env)
        except SystemExit:
            pass
        except BaseException as exc:  # the board reports every exception
            text = _describe(exc, code).encode()
            _out.write(b"E%d\n" % len(text) + text)
        finally:
            sys.stdout = sys.__stdout__
        _out.write(b"D\n")
        _out.flush()


main()
