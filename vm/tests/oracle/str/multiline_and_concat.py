# Triple-quoted, adjacent-literal and continued strings.
a = """one
two"""
b = 'x' 'y' "z"
c = ("p"
     "q")
print(repr(a), b, c, len(a), a.count("\n"), """'"'""", '''"'"''')
