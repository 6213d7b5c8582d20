from array import array
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5])
print(sum(a), len(a))
