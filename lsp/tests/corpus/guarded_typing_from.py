try:
    from typing import Any, Optional
except ImportError:
    pass
def g(x: "Optional[Any]") -> None:
    print(x)
g(None)
