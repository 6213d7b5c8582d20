# find/rfind/index/rindex/count/startswith/endswith/replace/partition
s = "hello world"
print(s.find("o"), s.rfind("o"), s.find("z"), s.rfind("z"))
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", -4))
print(s.rfind("o", 0, 5), s.rfind("l", -3))
print(s.find(""), s.find("", 3), s.find("", 11))
print(s.rfind(""), s.rfind("", 3))
print(s.index("w"), s.rindex("l"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("z")
except ValueError as e:
    print("ValueError", e)
print(s.count("l"), s.count("o", 5), s.count("l", 0, 4), s.count(""), s.count("", 3, 5))
print("aaaa".count("aa"), "abc".count("d"))
print(s.startswith("he"), s.startswith("lo", 3), s.startswith(("x", "hell")), s.startswith(""))
print(s.endswith("ld"), s.endswith("wor", 0, 9), s.endswith(("a", "b")), s.endswith("hello", 0, 5))
print(s.startswith("h", 20), s.endswith("", 11))
print(s.replace("l", "L"), s.replace("l", "L", 2), s.replace("o", ""), s.replace("xyz", "q"))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
print("héllo wörld".find("w"), "héllo wörld".find("ö"), "héllo wörld".rfind("l"))
print("héllo".index("l", 3), "ñaña".count("ñ"), "ñaña".replace("ñ", "n"))
print("é".replace("", "."))
print(s.partition(" "), s.rpartition("o"), s.partition("z"), s.rpartition("z"))
print("a=b=c".partition("="), "a=b=c".rpartition("="))
try:
    s.partition("")
except ValueError as e:
    print("ValueError", e)
try:
    s.find(1)
except TypeError:
    print("TypeError find")
try:
    s.startswith(1)
except TypeError:
    print("TypeError startswith")
print("ab" in "cabd", "x" in "abc", "" in "abc")
