# t-strings: Template and Interpolation
x = 3
name = "b"
t = t"a{x}b{name!r:>4}c"
print(t)
print(type(t).__name__)
print(t.strings)
print(t.interpolations)
print(t.values)
for part in t:
    print(repr(part))
i = t.interpolations[1]
print(i.value, i.expression, i.conversion, i.format_spec)
print(t"" .strings)
print(t"{x}{x}".strings)
print(t"{{}}".strings)
t2 = t"z{x + 1}"
t3 = t + t2
print(t3)
print(t"{x:{name}}".interpolations[0].format_spec)
from string.templatelib import Template, Interpolation
print(Template("a", Interpolation(1, "one"), "b", "c"))
print(Interpolation(5))
try:
    Template(1)
except TypeError as e:
    print("TypeError", e)
try:
    t + "s"
except TypeError as e:
    print("TypeError", e)
print(rt"\n{x}".strings)
