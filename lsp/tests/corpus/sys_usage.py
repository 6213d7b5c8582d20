import sys
print(sys.byteorder, sys.maxsize > 0, type(sys.path), sys.platform != "")
sys.stdout.write("w\n")
