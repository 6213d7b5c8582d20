# Issue #16: hashing tuples nested 100,000 deep (the issue: a million)
x = ()
for _ in range(100000):
    x = (x,)
hash(x)
