# Type annotations everywhere, with typing imported only for checkers.
try:
    from typing import TYPE_CHECKING, Optional, List
except ImportError:
    TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Dict

from micropython import const

LIMIT: int = const(10)
names: "List[str]" = []


class Sample:
    value: float
    label: "Optional[str]" = None

    def __init__(self, value: float, label: "Optional[str]" = None) -> None:
        self.value = value
        self.label = label

    def scaled(self, k: float = 2.0) -> "Sample":
        return Sample(self.value * k, self.label)


def summary(samples: "list[Sample]", limit: int = LIMIT) -> "dict":
    out: dict = {}
    for s in samples[:limit]:
        key: str = s.label or "?"
        out[key] = out.get(key, 0) + s.value
    return out


def maybe(x: "int | None" = None) -> int:
    return 0 if x is None else x


print(summary([Sample(1.0, "a"), Sample(2.0).scaled(), Sample(3.0, "a")]), maybe(), maybe(4))
