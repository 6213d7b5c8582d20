# upper, lower and the is* predicates on letters, digits, spaces and mixtures.
for s in ("", "abc", "ABC", "aBc", "a1", "A1", "123", " ", "\t\n", "a b", "É", "é", "ß", "1.5", "²", "_", "ABC1!", "abc!"):
    print(repr(s), s.upper(), s.lower(), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower())
