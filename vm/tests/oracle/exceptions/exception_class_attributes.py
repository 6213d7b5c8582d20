print(ValueError.__name__, Exception.__name__, issubclass(ValueError, object))
class E(Exception):
    code = 42
print(E.code, E("m").code, E.__name__)
