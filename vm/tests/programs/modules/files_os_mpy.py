# The flash filesystem: open() in text and binary modes, os, and import.
import os

print(os.getcwd(), os.listdir(), os.sep)
with open("data.txt", "w") as f:
    print(f.write("hello\nworld\n"), f.write("é!\n"))
with open("data.txt") as f:
    print(repr(f.read(3)), repr(f.readline()), f.tell())
    for line in f:
        print(repr(line))
with open("data.txt", "a") as f:
    f.write("more\n")
print(open("data.txt").readlines())
with open("data.txt", "rb") as f:
    print(f.read(5), f.seek(-5, 2), f.read())
with open("bin.dat", "wb") as f:
    f.write(bytes(range(8)))
buf = bytearray(4)
with open("bin.dat", "rb") as f:
    f.seek(2)
    print(f.readinto(buf), buf, f.tell())
with open("data.txt", "r+") as f:
    f.write("HELLO")
    f.seek(0)
    print(f.readline())
print(os.stat("data.txt")[0] == 0x8000, os.stat("data.txt")[6], os.stat("/")[0] == 0x4000)
os.mkdir("lib")
with open("lib/helper.py", "w") as f:
    f.write("VALUE = 42\ndef greet(n):\n    return 'hi ' + n\n")
import helper
print(helper.VALUE, helper.greet("flash"), helper.__file__)
os.mkdir("pkg")
with open("pkg/__init__.py", "w") as f:
    f.write("NAME = 'pkg'\n")
import pkg
print(pkg.NAME)
print(sorted(os.listdir("/")), list(os.ilistdir("lib")))
os.rename("data.txt", "lib/moved.txt")
print(os.listdir("lib"))
os.chdir("lib")
print(os.getcwd(), open("moved.txt").read(5))
os.chdir("..")
for bad in [lambda: open("missing.txt"), lambda: os.mkdir("lib"), lambda: os.rmdir("lib"), lambda: os.remove("nope"), lambda: os.chdir("bin.dat")]:
    try:
        bad()
    except OSError as e:
        print("OSError", e.args[0], e)
os.remove("lib/moved.txt")
os.remove("lib/helper.py")
os.rmdir("lib")
print(sorted(os.listdir()))
v = os.statvfs("/")
print(v[0] > 0, v[2] >= v[3] > 0)
f = open("bin.dat")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    open("x", "q")
except ValueError as e:
    print("ValueError", e)
print(len(os.urandom(16)), os.uname().sysname)
