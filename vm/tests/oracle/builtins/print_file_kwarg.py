import io
buf = io.StringIO()
print("into buffer", 1, file=buf)
print("second", file=buf, end="|")
print(repr(buf.getvalue()))
import sys
print("to stdout explicitly", file=sys.stdout)
