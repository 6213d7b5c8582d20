try:
    import enum
except:
    enum = None
print(enum)
