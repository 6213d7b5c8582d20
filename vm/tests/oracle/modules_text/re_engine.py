# re as MicroPython's re1.5 answers: limits, empty matches, pos/endpos, errors.
import re

for pattern in ["(", ")", "a**", "[ab", "(?P<n>x)", "(" + "a" * 62 + ")?", "(" + "a" * 20 + ")?"]:
    try:
        re.compile(pattern)
        print(pattern[:12], "ok")
    except Exception as e:
        print(pattern[:12], type(e).__name__, e)

print(re.compile(" *").split("a b  c"))
print(re.compile(",").split("a,b,,c", 2))
try:
    re.compile("(,)").split("a,b")
except NotImplementedError as e:
    print("NotImplementedError", e)

r = re.compile("o")
print(r.search("hello world", 5), r.search("hello world", 5, 7) is not None, r.match("foo", 1, 2) is not None)
m = re.match(r"(\d+)-(\d+)?", "12-x")
print(m.group(0), m.group(1), m.group(2))
try:
    m.group(5)
except IndexError as e:
    print("IndexError", e)
print(re.sub("(a)", r"<\1>", "banana"), re.sub("a", "b", "aaa", 2), re.sub("x*", "-", "abc"))
try:
    re.sub("(a)", r"\2", "a")
except IndexError as e:
    print("IndexError", e)
print(re.search("\\s+", "a \t b").group(0) == " \t ", re.match("[^a-c]+", "xyzabc").group(0))
