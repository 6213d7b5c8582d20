# vfs: the mount table that MicroPython's extmod/vfs.c keeps, over
# filesystem objects (ours or the user's). The board's flash is mounted at
# "/" when the module is first imported; from then on `os`, `open()` and
# `import` go through here (their versions here are _open, _listdir, ...:
# the module itself shows only what MicroPython's does). _f_* are the
# flash's own operations (native, added before this runs).

_S_IFDIR = 0x4000
_EPERM = 1
_ENODEV = 19
_EEXIST = 17
_EINVAL = 22
_PATH_MAX = 128

_ROOT = object()
_NONE = object()


class _Mount:
    def __init__(self, s, obj):
        self.str = s
        self.obj = obj


class _Flash:
    # The board's flash as a filesystem object, so it can be unmounted and
    # remounted like any other.
    def mount(self, readonly, mkfs):
        pass

    def umount(self):
        pass

    def ilistdir(self, path):
        return _f_ilistdir(path)

    def chdir(self, path):
        _f_chdir(path)

    def getcwd(self):
        return _f_getcwd()

    def mkdir(self, path):
        _f_mkdir(path)

    def remove(self, path):
        _f_remove(path)

    def rename(self, a, b):
        _f_rename(a, b)

    def rmdir(self, path):
        _f_rmdir(path)

    def stat(self, path):
        return _f_stat(path)

    def statvfs(self, path):
        return _f_statvfs(path)

    def open(self, path, mode):
        return _f_open(path, mode)


_flash = _Flash()
_mounts = [_Mount("/", _flash)]
_cur = _ROOT if _f_getcwd() == "/" else _mounts[0]


def _same(like, s):
    if isinstance(like, bytes):
        return bytes(s, "utf8")
    return s


def _text(path):
    if isinstance(path, bytes):
        return str(path, "utf8")
    if isinstance(path, str):
        return path
    raise TypeError("can't convert '%s' object to str implicitly" % type(path).__name__)


def _lookup(path):
    s = _text(path)
    if s[:1] == "/" or _cur is _ROOT:
        is_abs = s[:1] == "/"
        p = s[1:] if is_abs else s
        if p == "":
            return _ROOT, None
        for m in _mounts:
            n = len(m.str) - 1
            if n == 0:
                return m, _same(path, "/" + p if is_abs else p)
            if p[:n] == m.str[1:]:
                if p[n : n + 1] == "/":
                    return m, _same(path, p[n:])
                if len(p) == n:
                    return m, _same(path, "/")
        return _NONE, None
    return _cur, path


def _call(m, name, *args):
    if m is _NONE:
        raise OSError(_ENODEV)
    if m is _ROOT:
        raise OSError(_EPERM)
    return getattr(m.obj, name)(*args)


def _root_mount():
    for m in _mounts:
        if len(m.str) == 1:
            return m
    return None


def _autodetect(bdev):
    for n in (0, 1):
        buf = bytearray(44)
        try:
            bdev.readblocks(n, buf, 8)
        except Exception:
            continue
        if buf[:8] == b"littlefs" and "VfsLfs2" in globals():
            return VfsLfs2(bdev)
    if "VfsFat" in globals():
        return VfsFat(bdev)
    raise OSError(_ENODEV)


def mount(*args, readonly=False, mkfs=False):
    if not args:
        return [(m.obj, m.str) for m in _mounts]
    if len(args) != 2:
        raise TypeError("function takes 2 positional arguments but %d were given" % len(args))
    obj, point = args
    point = _text(point)
    if getattr(obj, "mount", None) is None:
        obj = _autodetect(obj)
    new = _Mount(point, obj)
    obj.mount(readonly, mkfs)
    existing, _ = _lookup(point)
    if existing is not _NONE and existing is not _ROOT:
        if not (len(point) != 1 and len(existing.str) == 1):
            raise OSError(_EPERM)
    i = 0
    while i < len(_mounts) and len(_mounts[i].str) != 1:
        i += 1
    _mounts.insert(i, new)


def umount(mnt):
    global _cur
    found = None
    for i in range(len(_mounts)):
        m = _mounts[i]
        if (isinstance(mnt, str) and mnt == m.str) or m.obj is mnt:
            found = m
            del _mounts[i]
            break
    if found is None:
        raise OSError(_EINVAL)
    if _cur is found:
        _cur = _ROOT
    found.obj.umount()


def _open(file, mode="r", buffering=-1, encoding=None):
    m, p = _lookup(file)
    return _call(m, "open", p, mode)


def _chdir(path):
    global _cur
    m, p = _lookup(path)
    if m is _ROOT:
        r = _root_mount()
        if r is not None:
            r.obj.chdir("/")
    else:
        _call(m, "chdir", p)
    _cur = m


def _getcwd():
    if _cur is _ROOT:
        return "/"
    cwd = _cur.obj.getcwd()
    if len(_cur.str) == 1:
        return cwd
    if cwd == "/":
        return _cur.str
    return _cur.str + cwd


def _root_entries(is_str):
    for m in list(_mounts):
        if len(m.str) == 1:
            for e in m.obj.ilistdir("/"):
                yield e
            return
        name = m.str[1:]
        yield (name if is_str else bytes(name, "utf8"), _S_IFDIR, 0)


def _ilistdir(path=""):
    m, p = _lookup(path)
    if m is _ROOT:
        return _root_entries(isinstance(path, str))
    return _call(m, "ilistdir", p)


def _listdir(path=""):
    return [e[0] for e in _ilistdir(path)]


def _mkdir(path):
    m, p = _lookup(path)
    if m is _ROOT or (m is not _NONE and _text(p) == "/"):
        raise OSError(_EEXIST)
    return _call(m, "mkdir", p)


def _remove(path):
    m, p = _lookup(path)
    return _call(m, "remove", p)


def _rename(old, new):
    m1, p1 = _lookup(old)
    m2, p2 = _lookup(new)
    if m1 is not m2:
        raise OSError(_EPERM)
    return _call(m1, "rename", p1, p2)


def _rmdir(path):
    m, p = _lookup(path)
    return _call(m, "rmdir", p)


def _stat(path):
    m, p = _lookup(path)
    if m is _ROOT:
        return (_S_IFDIR, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    return _call(m, "stat", p)


def _statvfs(path):
    m, p = _lookup(path)
    if m is _ROOT:
        m = _root_mount()
        if m is None:
            return (0, 0, 0, 0, 0, 0, 0, 0, 0, _PATH_MAX)
        p = "/"
    return _call(m, "statvfs", p)


def _import_stat(m, p):
    # 0: nothing there, 1: a file, 2: a directory (as mp_import_stat says).
    try:
        st = m.obj.stat(p)
    except Exception:
        return 0
    return 2 if st[0] & _S_IFDIR else 1


def _read(m, p):
    return _read_stream(m.obj.open(p, "rb"))


def _readfile(path):
    # execfile's source, read as the lexer reads a file on a board.
    m, p = _lookup(path)
    return str(_read_stream(_call(m, "open", p, "rb")), "utf8")


def _read_stream(f):
    if f is None:
        raise OSError(_EINVAL)
    try:
        ioctl = getattr(f, "ioctl", None)
        readinto = getattr(f, "readinto", None)
        if readinto is None:
            data = f.read()
            return data if isinstance(data, bytes) else bytes(data, "utf8")
        size = 32
        if ioctl is not None:
            n = ioctl(11, 0)
            if isinstance(n, int) and n > 0:
                size = min(n, 255)
        buf = bytearray(size)
        out = bytearray()
        while True:
            k = readinto(buf)
            if not k:
                break
            out += buf[:k]
        return bytes(out)
    finally:
        if getattr(f, "ioctl", None) is not None:
            f.ioctl(4, 0)
        else:
            f.close()


def _find(name, path):
    # A module on a mounted filesystem other than the flash (which the
    # native loader reads): (source, file name) or None.
    rel = name.replace(".", "/")
    for d in path:
        base = d + "/" + rel if d else rel
        m, p = _lookup(base)
        if m is _NONE or m is _ROOT or m.obj is _flash:
            continue
        kind = _import_stat(m, p)
        if kind == 2:
            init = p + "/__init__.py"
            if _import_stat(m, init) == 1:
                return str(_read(m, init), "utf8"), base + "/__init__.py"
            continue
        if _import_stat(m, p + ".py") == 1:
            return str(_read(m, p + ".py"), "utf8"), base + ".py"
        if _import_stat(m, p + ".mpy") == 1:
            _read(m, p + ".mpy")
            raise ValueError("incompatible .mpy file")
    return None
