"""Extra container types: `deque`, `namedtuple` and `OrderedDict`."""

from typing import Any, Generic, Iterable, Iterator, TypeVar

_T = TypeVar("_T")
_K = TypeVar("_K")
_V = TypeVar("_V")

def namedtuple(name: str, fields: str | Iterable[str], /) -> type[tuple[Any, ...]]:
    """Make a tuple subclass called `name` whose items can also be read as attributes.

    `fields` is a sequence of names or one string of names separated by
    spaces.
    """

class deque(Generic[_T]):
    """A double-ended queue: fast appends and pops at both ends, optionally bounded."""

    def __init__(self, iterable: Iterable[_T] = (), maxlen: int = ..., flags: int = 0, /) -> None:
        """Make a queue holding `iterable`'s items.

        When `maxlen` is given, adding to a full queue drops an item from the
        other end; with `flags` 1, it raises `IndexError` instead.
        """

    def append(self, x: _T, /) -> None:
        """Add `x` at the right end."""

    def appendleft(self, x: _T, /) -> None:
        """Add `x` at the left end."""

    def pop(self) -> _T:
        """Remove and return the rightmost item; an empty queue raises `IndexError`."""

    def popleft(self) -> _T:
        """Remove and return the leftmost item; an empty queue raises `IndexError`."""

    def extend(self, iterable: Iterable[_T], /) -> None:
        """Add each item of `iterable` at the right end."""

    def __len__(self) -> int:
        """Return the number of items."""

    def __bool__(self) -> bool:
        """Return whether the queue holds any item."""

    def __iter__(self) -> Iterator[_T]:
        """Iterate from left to right."""

    def __getitem__(self, index: int, /) -> _T:
        """Return the item at `index` (0 is the leftmost)."""

    def __setitem__(self, index: int, value: _T, /) -> None:
        """Replace the item at `index`."""

class OrderedDict(dict[_K, _V]):
    """A dictionary that remembers the order keys were first inserted in (iteration follows it)."""
