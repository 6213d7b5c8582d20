# MicroPython's re (re1.5): `{n}`, `(?:` and `\1` compile as genuine MicroPython
# compiles them, unbalanced groups are errors, `.` matches a newline, and match
# objects print as <match num=N>.
import re

for pattern in ["a{2}", "(?:ab)", "(a", "*a", r"(a)\1"]:
    try:
        re.compile(pattern)
        print("compiled", pattern)
    except ValueError:
        print("error", pattern)
print(re.match("a.b", "a\nb") is not None)
print(re.match("(a)(b)?", "a"))
print(re.sub("a|b", "", "abcab"))
