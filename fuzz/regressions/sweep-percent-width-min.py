# Panicked (overflow) on a field width of -2**63.
print(repr('%*d' % (-2**63, 1))[:20])
