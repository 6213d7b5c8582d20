class B:
    def __eq__(self, o):
        raise RuntimeError("eq failed")
    def __hash__(self):
        return 1
try:
    B() == 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    B() in [1, 2]
except RuntimeError as e:
    print("in RuntimeError", e)
try:
    {B(): 1, B(): 2}
except RuntimeError as e:
    print("dict RuntimeError", e)
