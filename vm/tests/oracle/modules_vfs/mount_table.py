# The mount table over user filesystem objects: where paths go, what the
# virtual root lists, and which errors the table itself raises.
import os, vfs


class Log:
    def __init__(self, tag):
        self.tag = tag
        self.cwd = "/"

    def mount(self, readonly, mkfs):
        print(self.tag, "mounted", readonly, mkfs)

    def umount(self):
        print(self.tag, "unmounted")

    def ilistdir(self, path):
        print(self.tag, "ilistdir", repr(path))
        return iter([(self.tag + "_f", 0x8000, 0, 3), (self.tag + "_d", 0x4000, 0, 0)])

    def stat(self, path):
        print(self.tag, "stat", repr(path))
        return (0x8000, 0, 0, 0, 0, 0, 7, 0, 0, 0)

    def statvfs(self, path):
        return (self.tag, path)

    def chdir(self, path):
        print(self.tag, "chdir", repr(path))
        self.cwd = path

    def getcwd(self):
        return self.cwd

    def mkdir(self, path):
        print(self.tag, "mkdir", repr(path))

    def rename(self, a, b):
        print(self.tag, "rename", repr(a), repr(b))

    def open(self, path, mode):
        print(self.tag, "open", repr(path), repr(mode))
        return "file:" + path


for point in [p for _, p in vfs.mount()]:
    vfs.umount(point)
print(vfs.mount())
print(os.listdir("/"), os.getcwd(), os.stat("/")[0])
print(os.statvfs("/")[0:9])
for bad in ("nowhere", "/nowhere/x"):
    try:
        os.stat(bad)
    except OSError as e:
        print("stat", bad, e.errno)

a, b = Log("a"), Log("b")
vfs.mount(a, "/alpha")
vfs.mount(b, "/beta/deep", readonly=True)
print([p for _, p in vfs.mount()])
print(os.listdir(), list(os.ilistdir(b"/")))
print(os.listdir("/alpha"), os.listdir("/beta/deep/sub"))
print(os.stat("/alpha/x.txt")[6], os.statvfs("/alpha/x"))
print(open("/alpha/file.txt"), open("/beta/deep/f.bin", "wb"))

try:
    vfs.mount(Log("c"), "/alpha")
except OSError as e:
    print("mount twice", e.errno)
for op in (lambda: os.mkdir("/alpha"), lambda: os.rename("/alpha/x", "/beta/deep/x"), lambda: vfs.umount("/gamma")):
    try:
        op()
    except OSError as e:
        print("refused", e.errno)

os.chdir("/alpha/sub")
print(os.getcwd())
print(os.listdir(), open("rel.txt"))
os.rename("one", "two")
os.chdir("/")
print(os.getcwd())
vfs.umount(a)
vfs.umount("/beta/deep")
print(vfs.mount(), os.listdir("/"))
