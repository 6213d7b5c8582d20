print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "e", "Z" < "a")
print(sorted(["banana", "Apple", "cherry", "apple"]))
print("abc" == "abc", "abc" is not None, "a" * 3 == "aaa")
