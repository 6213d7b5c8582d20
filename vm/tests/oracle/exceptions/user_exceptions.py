# user-defined exceptions with their own constructors
class AppError(Exception):
    pass
class CodeError(AppError):
    def __init__(self, code, msg="bad"):
        super().__init__(msg)
        self.code = code
try:
    raise CodeError(42)
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
class Plain(Exception):
    def __init__(self):
        pass
p = Plain()
print(repr(p), p.args, str(p) == "")
class WithStr(ValueError):
    def __str__(self):
        return "custom"
try:
    raise WithStr(1)
except ValueError as e:
    print(e, repr(e), e.args)
