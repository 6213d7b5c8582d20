# not in the oracle: the WebAssembly build has no VfsFat (expected output from the genuine unix port)
# A FAT filesystem made on a user's RAM block device and used through os and
# open(): names short and long, folders, renames, seeks, a full disk, and
# the image read back by a fresh VfsFat.
import os, vfs


class RAM:
    def __init__(self, n):
        self.data = bytearray(n * 512)

    def readblocks(self, n, buf):
        buf[:] = self.data[n * 512 : n * 512 + len(buf)]

    def writeblocks(self, n, buf):
        self.data[n * 512 : n * 512 + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // 512
        if op == 5:
            return 512


dev = RAM(64)
vfs.VfsFat.mkfs(dev)
print(dev.data[510:512], dev.data[54:62])
fs = vfs.VfsFat(dev)
vfs.mount(fs, "/ram")
print(os.statvfs("/ram")[:5])
os.chdir("/ram")
with open("Short.TXT", "w") as f:
    print(f.write("upper and lower"))
with open("lower.txt", "w") as f:
    f.write("abc\ndef\n")
with open("a rather long name.data", "wb") as f:
    f.write(b"\x00\x01\x02" * 300)
os.mkdir("sub")
os.mkdir("sub/inner")
with open("sub/inner/deep.py", "w") as f:
    f.write("x = 1\n")
print(sorted(os.listdir()))
print(list(os.ilistdir("sub")))
print(os.stat("a rather long name.data")[:7])
print(os.stat("sub")[0], os.stat("/ram/sub/inner/deep.py")[6])
print(b"LOWER   TXT" in dev.data, b"SHORT   TXT" in dev.data)

with open("lower.txt") as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.read()))
with open("lower.txt", "a") as f:
    f.write("ghi")
with open("lower.txt", "r+b") as f:
    f.seek(4)
    f.write(b"DEF")
    f.seek(0)
    print(f.read())
with open("a rather long name.data", "rb") as f:
    f.seek(-4, 2)
    print(f.read(), f.tell())
    buf = bytearray(5)
    f.seek(1)
    print(f.readinto(buf), buf)

os.rename("lower.txt", "sub/moved.txt")
os.rename("Short.TXT", "Renamed to something long.txt")
print(sorted(os.listdir()), sorted(os.listdir("sub")))
for op, arg in (("remove", "nope"), ("rmdir", "sub"), ("mkdir", "sub"), ("chdir", "nope"), ("stat", "sub/nope")):
    try:
        getattr(os, op)(arg)
    except OSError as e:
        print(op, arg, e.errno)
os.remove("sub/inner/deep.py")
os.rmdir("sub/inner")
print(os.listdir("sub"), os.getcwd())
free = os.statvfs("")[3]
try:
    with open("big", "wb") as f:
        f.write(bytearray(512 * (free + 2)))
except OSError as e:
    print("full", e.errno)
print(os.statvfs("")[3], os.stat("big")[6] % 512)
os.remove("big")
print(os.statvfs("")[3] == free)

os.chdir("/")
vfs.umount("/ram")
fs = vfs.VfsFat(dev)
print(list(fs.ilistdir(b"/sub")))
vfs.mount(fs, "/again", readonly=True)
with open("/again/sub/moved.txt") as f:
    print(f.read())
try:
    open("/again/new", "w")
except OSError as e:
    print("read-only", e.errno)
vfs.umount(fs)
