# VfsFat: a FAT12/FAT16 filesystem on the user's block device (an object
# with readblocks/writeblocks and ioctl, or the older count/sync), laid out
# as FatFs's f_mkfs lays it (one FAT, 512 root entries, the cluster size
# its table picks) and read back as FatFs reads it: 8.3 names with their
# case bits, long names in LFN entries. Written through on every change.

_ENOENT = 2
_EIO = 5
_EACCES = 13
_EEXIST = 17
_ENOTDIR = 20
_EISDIR = 21
_EINVAL = 22
_ENOSPC = 28
_EROFS = 30
_ENODEV = 19

_DIR = 0x10
_LFN = 0x0F


def _le(b, o, n):
    v = 0
    for i in range(n - 1, -1, -1):
        v = (v << 8) | b[o + i]
    return v


def _put(b, o, n, v):
    for i in range(n):
        b[o + i] = (v >> (8 * i)) & 0xFF


def _ioctl(bdev, op, arg=0):
    f = getattr(bdev, "ioctl", None)
    if f is None:
        if op == 4:
            return bdev.count()
        if op == 3:
            s = getattr(bdev, "sync", None)
            if s is not None:
                s()
        return None
    return f(op, arg)


def _sector_size(bdev):
    ss = _ioctl(bdev, 5, 0)
    return ss if isinstance(ss, int) and ss > 0 else 512


def _bread(bdev, n, buf):
    r = bdev.readblocks(n, buf)
    if isinstance(r, int) and r != 0:
        raise OSError(_EIO)


def _bwrite(bdev, n, buf):
    f = getattr(bdev, "writeblocks", None)
    if f is None:
        raise OSError(_EROFS)
    r = f(n, buf)
    if isinstance(r, int) and r != 0:
        raise OSError(_EIO)


def _now():
    import time

    t = time.localtime()
    date = ((t[0] - 1980) << 9) | (t[1] << 5) | t[2]
    tm = (t[3] << 11) | (t[4] << 5) | (t[5] // 2)
    return date, tm


def _mkfs(bdev):
    ss = _sector_size(bdev)
    n = _ioctl(bdev, 4, 0)
    if not isinstance(n, int):
        raise OSError(_EIO)
    sz_vol = n
    cst = (1, 4, 16, 64, 256, 512)
    au = 0
    while True:
        pau = au
        if pau == 0:
            k = sz_vol // 0x1000
            pau = 1
            for c in cst:
                if c <= k:
                    pau <<= 1
                else:
                    break
        n_clst = sz_vol // pau
        fat12 = n_clst <= 0xFF5
        nb = (n_clst * 3 + 1) // 2 + 3 if fat12 else n_clst * 2 + 4
        sz_fat = (nb + ss - 1) // ss
        sz_dir = 512 * 32 // ss
        b_data = 1 + sz_fat + sz_dir
        if sz_vol < b_data + pau * 16:
            raise OSError(_EIO)
        n_clst = (sz_vol - 1 - sz_fat - sz_dir) // pau
        if not fat12:
            if n_clst > 0xFFF5:
                raise OSError(_EIO)
            if n_clst <= 0xFF5:
                au = pau * 2
                if au <= 128:
                    continue
                raise OSError(_EIO)
        break
    buf = bytearray(ss)
    buf[0:11] = b"\xeb\xfe\x90MSDOS5.0"
    _put(buf, 11, 2, ss)
    buf[13] = pau
    _put(buf, 14, 2, 1)
    buf[16] = 1
    _put(buf, 17, 2, 512)
    if sz_vol < 0x10000:
        _put(buf, 19, 2, sz_vol)
    else:
        _put(buf, 32, 4, sz_vol)
    buf[21] = 0xF8
    _put(buf, 22, 2, sz_fat)
    _put(buf, 24, 2, 63)
    _put(buf, 26, 2, 255)
    d, t = _now()
    _put(buf, 39, 4, (d << 16) | t)
    buf[36] = 0x80
    buf[38] = 0x29
    buf[43:62] = b"NO NAME    FAT     "
    _put(buf, 510, 2, 0xAA55)
    _bwrite(bdev, 0, buf)
    for s in range(1, 1 + sz_fat + sz_dir):
        z = bytearray(ss)
        if s == 1:
            if fat12:
                z[0:3] = b"\xf8\xff\xff"
            else:
                z[0:4] = b"\xf8\xff\xff\xff"
        _bwrite(bdev, s, z)


def _sfn_sum(name11):
    s = 0
    for c in name11:
        s = (((s & 1) << 7) + (s >> 1) + c) & 0xFF
    return s


def _short(name):
    # The 8.3 entry for `name` and its case bits, or None if it needs an LFN.
    if name in (".", ".."):
        return (name + " " * 11)[:11].encode(), 0
    dot = name.rfind(".")
    base, ext = (name[:dot], name[dot + 1 :]) if dot > 0 else (name, "")
    if not base or len(base) > 8 or len(ext) > 3 or "." in base:
        return None
    ok = "!#$%&'()-@^_`{}~"
    nt = 0
    for part, bit in ((base, 0x08), (ext, 0x10)):
        for c in part:
            if not (c.isalpha() or c.isdigit() or c in ok) or ord(c) > 126:
                return None
        if part and part.lower() == part and part.upper() != part:
            nt |= bit
        elif part.upper() != part:
            return None
    return (base.upper() + " " * (8 - len(base)) + ext.upper() + " " * (3 - len(ext))).encode(), nt


def _sfn_text(e):
    nt = e[12]
    base = bytes(e[0:8]).decode().rstrip()
    ext = bytes(e[8:11]).decode().rstrip()
    if base[:1] == "\x05":
        base = "\xe5" + base[1:]
    if nt & 0x08:
        base = base.lower()
    if nt & 0x10:
        ext = ext.lower()
    return base + "." + ext if ext else base


class _Entry:
    # One directory entry: where its 32 bytes are (sector, offset), the
    # LFN entries before it, and its name.
    def __init__(self, name, raw, sec, off, slots):
        self.name = name
        self.raw = raw
        self.sec = sec
        self.off = off
        self.slots = slots

    def is_dir(self):
        return self.raw[11] & _DIR != 0

    def cluster(self, fs):
        c = _le(self.raw, 26, 2)
        return c

    def size(self):
        return _le(self.raw, 28, 4)


class VfsFat:
    def __init__(self, bdev):
        self.bdev = bdev
        self.readonly = False
        self.cwd = "/"
        self.ss = 512
        self._mounted = False

    @staticmethod
    def mkfs(bdev):
        _mkfs(bdev)

    # --- the volume ---
    def _load(self):
        bdev = self.bdev
        ss = _sector_size(bdev)
        self.ss = ss
        b = bytearray(ss)
        _bread(bdev, 0, b)
        if _le(b, 510, 2) != 0xAA55 or _le(b, 11, 2) != ss:
            raise OSError(_ENODEV)
        self.csize = b[13]
        rsv = _le(b, 14, 2)
        nfats = b[16]
        nroot = _le(b, 17, 2)
        tot = _le(b, 19, 2) or _le(b, 32, 4)
        fatsz = _le(b, 22, 2)
        if not self.csize or not nfats or not fatsz or not nroot:
            raise OSError(_ENODEV)
        self.fat_start = rsv
        self.nfats = nfats
        self.fatsz = fatsz
        self.root_start = rsv + nfats * fatsz
        self.root_secs = nroot * 32 // ss
        self.data_start = self.root_start + self.root_secs
        self.nclst = (tot - self.data_start) // self.csize + 2
        self.fat12 = self.nclst - 2 <= 0xFF5
        raw = bytearray(fatsz * ss)
        for i in range(fatsz):
            s = bytearray(ss)
            _bread(bdev, rsv + i, s)
            raw[i * ss : (i + 1) * ss] = s
        self.fat = raw
        self.last = 1
        self._mounted = True

    def _ready(self):
        if not self._mounted:
            self._load()

    def mount(self, readonly, mkfs):
        self.readonly = bool(readonly)
        if mkfs:
            _mkfs(self.bdev)
            self._mounted = False
        self._load()

    def umount(self):
        self._mounted = False

    def _get(self, c):
        if self.fat12:
            o = c + c // 2
            v = self.fat[o] | (self.fat[o + 1] << 8)
            return v >> 4 if c & 1 else v & 0xFFF
        return _le(self.fat, c * 2, 2)

    def _set(self, c, v):
        if self.fat12:
            o = c + c // 2
            if c & 1:
                self.fat[o] = (self.fat[o] & 0x0F) | ((v << 4) & 0xF0)
                self.fat[o + 1] = (v >> 4) & 0xFF
            else:
                self.fat[o] = v & 0xFF
                self.fat[o + 1] = (self.fat[o + 1] & 0xF0) | ((v >> 8) & 0x0F)
            first = o // self.ss
            last = (o + 1) // self.ss
        else:
            _put(self.fat, c * 2, 2, v)
            first = last = c * 2 // self.ss
        for s in range(first, last + 1):
            for k in range(self.nfats):
                _bwrite(self.bdev, self.fat_start + k * self.fatsz + s, self.fat[s * self.ss : (s + 1) * self.ss])

    def _eoc(self, v):
        return v >= (0xFF8 if self.fat12 else 0xFFF8)

    def _chain(self, c):
        out = []
        while 2 <= c < self.nclst and len(out) < self.nclst:
            out.append(c)
            c = self._get(c)
        return out

    def _free_count(self):
        n = 0
        for c in range(2, self.nclst):
            if self._get(c) == 0:
                n += 1
        return n

    def _alloc(self, prev):
        n = self.nclst - 2
        c = self.last
        for _ in range(n):
            c += 1
            if c >= self.nclst:
                c = 2
            if self._get(c) == 0:
                self._set(c, 0xFFF if self.fat12 else 0xFFFF)
                if prev:
                    self._set(prev, c)
                self.last = c
                return c
        raise OSError(_ENOSPC)

    def _free_chain(self, c):
        for k in self._chain(c):
            self._set(k, 0)

    def _csec(self, c):
        return self.data_start + (c - 2) * self.csize

    # --- directories ---
    def _dir_secs(self, clus, grow=False):
        if clus == 0:
            return list(range(self.root_start, self.root_start + self.root_secs))
        out = []
        for c in self._chain(clus):
            s = self._csec(c)
            out.extend(range(s, s + self.csize))
        return out

    def _entries(self, clus):
        lfn = []
        out = []
        for sec in self._dir_secs(clus):
            b = bytearray(self.ss)
            _bread(self.bdev, sec, b)
            for off in range(0, self.ss, 32):
                e = b[off : off + 32]
                if e[0] == 0:
                    return out
                if e[0] == 0xE5:
                    lfn = []
                    continue
                if e[11] == _LFN:
                    lfn.append((e, sec, off))
                    continue
                if e[11] & 0x08:
                    lfn = []
                    continue
                name = None
                if lfn:
                    parts = sorted(lfn, key=lambda x: x[0][0] & 0x1F)
                    chars = []
                    for p, _, _ in parts:
                        for a, z in ((1, 11), (14, 26), (28, 32)):
                            for i in range(a, z, 2):
                                chars.append(p[i] | (p[i + 1] << 8))
                    s = ""
                    for ch in chars:
                        if ch == 0 or ch == 0xFFFF:
                            break
                        s += chr(ch)
                    if lfn[-1][0][13] == _sfn_sum(e[0:11]):
                        name = s
                if name is None:
                    name = _sfn_text(e)
                out.append(_Entry(name, e, sec, off, [(s, o) for _, s, o in lfn]))
                lfn = []
        return out

    def _find(self, clus, name):
        low = name.lower()
        for e in self._entries(clus):
            if e.name.lower() == low:
                return e
        return None

    def _abs(self, path):
        if isinstance(path, bytes):
            path = str(path, "utf8")
        p = path if path[:1] == "/" else self.cwd.rstrip("/") + "/" + path
        parts = []
        for x in p.split("/"):
            if x == "" or x == ".":
                continue
            if x == "..":
                if parts:
                    parts.pop()
                continue
            parts.append(x)
        return parts

    def _walk(self, parts):
        # (directory cluster, entry) of a path; the root is (0, None).
        clus = 0
        e = None
        for i in range(len(parts)):
            e = self._find(clus, parts[i])
            if e is None:
                raise OSError(_ENOENT)
            if i < len(parts) - 1:
                if not e.is_dir():
                    raise OSError(_ENOENT)
                clus = e.cluster(self)
        return clus, e

    def _parent(self, parts):
        if not parts:
            raise OSError(_EINVAL)
        if len(parts) == 1:
            return 0
        _, d = self._walk(parts[:-1])
        if not d.is_dir():
            raise OSError(_ENOENT)
        return d.cluster(self)

    def _writable(self):
        if self.readonly:
            raise OSError(_EROFS)

    def _put_entries(self, clus, raws):
        # Write `raws` (32-byte entries) into the first free run that holds
        # them, growing a subdirectory by a cluster when none does.
        need = len(raws)
        while True:
            run = []
            secs = self._dir_secs(clus)
            for sec in secs:
                b = bytearray(self.ss)
                _bread(self.bdev, sec, b)
                for off in range(0, self.ss, 32):
                    if b[off] in (0, 0xE5):
                        run.append((sec, off))
                        if len(run) == need:
                            self._fill(run, raws)
                            return run[-1]
                    else:
                        run = []
            if clus == 0:
                raise OSError(_ENOSPC)
            last = self._chain(clus)[-1]
            c = self._alloc(last)
            z = bytearray(self.ss)
            for s in range(self._csec(c), self._csec(c) + self.csize):
                _bwrite(self.bdev, s, z)

    def _fill(self, slots, raws):
        cache = {}
        for (sec, off), raw in zip(slots, raws):
            if sec not in cache:
                b = bytearray(self.ss)
                _bread(self.bdev, sec, b)
                cache[sec] = b
            cache[sec][off : off + 32] = raw
        for sec in cache:
            _bwrite(self.bdev, sec, cache[sec])

    def _update(self, sec, off, fn):
        b = bytearray(self.ss)
        _bread(self.bdev, sec, b)
        e = b[off : off + 32]
        fn(e)
        b[off : off + 32] = e
        _bwrite(self.bdev, sec, b)

    def _make_raws(self, clus, name, attr, first, size):
        sh = _short(name)
        up = None if sh is not None else _short(name.upper())
        if up is not None:
            # A legal 8.3 name in mixed case: the same short name, no tail.
            name11, nt = up[0], 0
        elif sh is None:
            base = "".join(c for c in name.upper() if c.isalpha() or c.isdigit() or c == "_")
            dot = name.rfind(".")
            ext = ""
            if dot > 0:
                ext = "".join(c for c in name[dot + 1 :].upper() if c.isalpha() or c.isdigit())[:3]
                base = "".join(c for c in name[:dot].upper() if c.isalpha() or c.isdigit() or c == "_")
            taken = [bytes(e.raw[0:11]) for e in self._entries(clus)]
            for k in range(1, 100000):
                tail = "~%d" % k
                b8 = (base[: 8 - len(tail)] or "_") + tail
                cand = (b8 + " " * (8 - len(b8)) + ext + " " * (3 - len(ext))).encode()
                if cand not in taken:
                    break
            name11, nt = cand, 0
        else:
            name11, nt = sh
        long = sh is None
        raw = bytearray(32)
        raw[0:11] = name11
        raw[11] = attr
        raw[12] = nt
        d, t = _now()
        for o, v in ((14, t), (16, d), (18, d), (22, t), (24, d)):
            _put(raw, o, 2, v)
        _put(raw, 26, 2, first)
        _put(raw, 28, 4, size)
        raws = []
        if long:
            units = [ord(c) for c in name] + [0]
            n = (len(units) + 12) // 13
            units += [0xFFFF] * (n * 13 - len(units))
            chk = _sfn_sum(name11)
            for i in range(n, 0, -1):
                l = bytearray(32)
                l[0] = i | (0x40 if i == n else 0)
                l[11] = _LFN
                l[13] = chk
                chunk = units[(i - 1) * 13 : i * 13]
                k = 0
                for a, z in ((1, 11), (14, 26), (28, 32)):
                    for j in range(a, z, 2):
                        _put(l, j, 2, chunk[k])
                        k += 1
                raws.append(l)
        raws.append(raw)
        return raws

    def _create(self, parts, attr, first=0, size=0):
        clus = self._parent(parts)
        name = parts[-1]
        if self._find(clus, name) is not None:
            raise OSError(_EEXIST)
        sec, off = self._put_entries(clus, self._make_raws(clus, name, attr, first, size))
        return self._find(clus, name)

    def _delete(self, e):
        def gone(r):
            r[0] = 0xE5

        for sec, off in e.slots + [(e.sec, e.off)]:
            self._update(sec, off, gone)

    # --- the filesystem object's methods (what vfs calls) ---
    def ilistdir(self, path=""):
        self._ready()
        is_bytes = isinstance(path, bytes)
        parts = self._abs(path)
        clus = 0
        if parts:
            _, e = self._walk(parts)
            if not e.is_dir():
                raise OSError(_ENOENT)
            clus = e.cluster(self)
        out = []
        for e in self._entries(clus):
            if e.name in (".", ".."):
                continue
            n = bytes(e.name, "utf8") if is_bytes else e.name
            if e.is_dir():
                out.append((n, 0x4000, 0, 0))
            else:
                out.append((n, 0x8000, 0, e.size()))
        return iter(out)

    def mkdir(self, path):
        self._ready()
        self._writable()
        parts = self._abs(path)
        if not parts:
            raise OSError(_EEXIST)
        parent = self._parent(parts)
        if self._find(parent, parts[-1]) is not None:
            raise OSError(_EEXIST)
        c = self._alloc(0)
        z = bytearray(self.ss)
        for s in range(self._csec(c), self._csec(c) + self.csize):
            _bwrite(self.bdev, s, z)
        b = bytearray(self.ss)
        dot = self._make_raws(c, ".", _DIR, c, 0)[-1]
        dotdot = self._make_raws(c, "..", _DIR, parent, 0)[-1]
        b[0:32] = dot
        b[32:64] = dotdot
        _bwrite(self.bdev, self._csec(c), b)
        self._create(parts, _DIR, c, 0)

    def remove(self, path):
        self._ready()
        self._writable()
        parts = self._abs(path)
        if not parts:
            raise OSError(_EACCES)
        _, e = self._walk(parts)
        if e.is_dir():
            raise OSError(_EISDIR)
        self._delete(e)
        self._free_chain(e.cluster(self))

    def rmdir(self, path):
        self._ready()
        self._writable()
        parts = self._abs(path)
        if not parts:
            raise OSError(_EACCES)
        _, e = self._walk(parts)
        if not e.is_dir():
            raise OSError(_ENOTDIR)
        for x in self._entries(e.cluster(self)):
            if x.name not in (".", ".."):
                raise OSError(_EACCES)
        self._delete(e)
        self._free_chain(e.cluster(self))

    def rename(self, old, new):
        self._ready()
        self._writable()
        a = self._abs(old)
        b = self._abs(new)
        _, e = self._walk(a)
        clus = self._parent(b)
        existing = self._find(clus, b[-1])
        if existing is not None:
            if existing.is_dir():
                raise OSError(_EEXIST)
            self.remove("/" + "/".join(b))
        self._create(b, e.raw[11], e.cluster(self), e.size())
        e = self._walk(a)[1]
        self._delete(e)
        if e.is_dir():
            c = e.cluster(self)

            def fix(r):
                _put(r, 26, 2, clus)

            self._update(self._csec(c), 32, fix)

    def chdir(self, path):
        self._ready()
        parts = self._abs(path)
        if parts:
            _, e = self._walk(parts)
            if not e.is_dir():
                raise OSError(_ENOENT)
        self.cwd = "/" + "/".join(parts)

    def getcwd(self):
        return self.cwd

    def stat(self, path):
        self._ready()
        parts = self._abs(path)
        if not parts:
            return (0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        _, e = self._walk(parts)
        d = _le(e.raw, 24, 2)
        t = _le(e.raw, 22, 2)
        import time

        secs = time.mktime(((d >> 9) + 1980, (d >> 5) & 15, d & 31, t >> 11, (t >> 5) & 63, (t & 31) * 2, 0, 0, 0))
        if e.is_dir():
            return (0x4000, 0, 0, 0, 0, 0, 0, secs, secs, secs)
        return (0x8000, 0, 0, 0, 0, 0, e.size(), secs, secs, secs)

    def statvfs(self, path):
        self._ready()
        free = self._free_count()
        bs = self.csize * self.ss
        return (bs, bs, self.nclst - 2, free, free, 0, 0, 0, 0, 255)

    def open(self, path, mode="r"):
        self._ready()
        kind = None
        plus = binary = False
        for c in mode:
            if c in "rwax" and kind is None:
                kind = c
            elif c == "b":
                binary = True
            elif c == "+":
                plus = True
            elif c != "t":
                raise ValueError("invalid mode")
        kind = kind or "r"
        if kind != "r" or plus:
            self._writable()
        parts = self._abs(path)
        if not parts:
            raise OSError(_EISDIR)
        clus = self._parent(parts)
        e = self._find(clus, parts[-1])
        if e is not None and e.is_dir():
            raise OSError(_EISDIR if kind != "r" else _EACCES)
        if e is None:
            if kind == "r":
                raise OSError(_ENOENT)
            e = self._create(parts, 0x20)
        elif kind == "x":
            raise OSError(_EEXIST)
        elif kind == "w":
            self._free_chain(e.cluster(self))

            def trunc(r):
                _put(r, 26, 2, 0)
                _put(r, 28, 4, 0)

            self._update(e.sec, e.off, trunc)
            e = self._find(clus, parts[-1])
        cls = _FileIO if binary else _TextIO
        f = cls(self, e, kind != "r" or plus, kind == "r" or plus)
        if kind == "a":
            f.pos = f.size
        return f


class FileIO:
    def __init__(self, fs, e, writable, readable):
        self.fs = fs
        self.sec = e.sec
        self.off = e.off
        self.first = e.cluster(fs)
        self.size = e.size()
        self.pos = 0
        self.w = writable
        self.r = readable
        self.closed = False

    def __repr__(self):
        return "<io.%s >" % type(self).__name__

    def _check(self):
        if self.closed:
            raise OSError(_EINVAL)

    def _clusters(self):
        return self.fs._chain(self.first) if self.first else []

    def _raw_read(self, n):
        fs = self.fs
        if n < 0 or self.pos + n > self.size:
            n = max(0, self.size - self.pos)
        out = bytearray()
        cb = fs.csize * fs.ss
        chain = self._clusters()
        while n > 0:
            ci = self.pos // cb
            if ci >= len(chain):
                break
            within = self.pos % cb
            s = fs._csec(chain[ci]) + within // fs.ss
            b = bytearray(fs.ss)
            _bread(fs.bdev, s, b)
            o = within % fs.ss
            k = min(n, fs.ss - o)
            out += b[o : o + k]
            self.pos += k
            n -= k
        return bytes(out)

    def read(self, n=-1):
        self._check()
        if not self.r:
            raise OSError(_EINVAL)
        return self._raw_read(n)

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[: len(data)] = data
        return len(data)

    def readline(self):
        self._check()
        out = bytearray()
        while True:
            c = self._raw_read(1)
            if not c:
                break
            out += c
            if c == b"\n":
                break
        return bytes(out)

    def readlines(self):
        out = []
        while True:
            l = self.readline()
            if not l:
                return out
            out.append(l)

    def __iter__(self):
        return self

    def __next__(self):
        l = self.readline()
        if not l:
            raise StopIteration
        return l

    def write(self, data):
        self._check()
        if not self.w:
            raise OSError(_EINVAL)
        if isinstance(data, str):
            data = bytes(data, "utf8")
        else:
            data = bytes(data)
        fs = self.fs
        cb = fs.csize * fs.ss
        chain = self._clusters()
        end = self.pos + len(data)
        written = 0
        try:
            while len(chain) * cb < end:
                c = fs._alloc(chain[-1] if chain else 0)
                if not chain:
                    self.first = c
                chain.append(c)
        except OSError:
            end = len(chain) * cb
        i = 0
        while self.pos < end:
            ci = self.pos // cb
            within = self.pos % cb
            s = fs._csec(chain[ci]) + within // fs.ss
            o = within % fs.ss
            k = min(end - self.pos, fs.ss - o)
            b = bytearray(fs.ss)
            _bread(fs.bdev, s, b)
            b[o : o + k] = data[i : i + k]
            _bwrite(fs.bdev, s, b)
            i += k
            self.pos += k
            written += k
        if self.pos > self.size:
            self.size = self.pos
        first, size = self.first, self.size

        def upd(r):
            _put(r, 26, 2, first)
            _put(r, 28, 4, size)
            d, t = _now()
            _put(r, 22, 2, t)
            _put(r, 24, 2, d)

        fs._update(self.sec, self.off, upd)
        if written < len(data):
            raise OSError(_ENOSPC)
        return written

    def seek(self, off, whence=0):
        self._check()
        if whence == 1:
            off += self.pos
        elif whence == 2:
            off += self.size
        self.pos = max(0, off)
        return self.pos

    def tell(self):
        self._check()
        return self.pos

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


class TextIOWrapper(FileIO):
    def read(self, n=-1):
        return str(_FileIO.read(self, n), "utf8")

    def readline(self):
        return str(_FileIO.readline(self), "utf8")


# Named as the firmware's file types, but not names of the module.
_FileIO = FileIO
_TextIO = TextIOWrapper
del FileIO, TextIOWrapper
