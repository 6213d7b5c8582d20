doc = '''multi
line'''
print(doc)
