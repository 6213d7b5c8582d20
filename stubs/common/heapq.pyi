"""A binary min-heap kept in a plain list: `heap[0]` is always the smallest item."""

from typing import Any, TypeVar

_T = TypeVar("_T")

def heappush(heap: list[_T], item: _T, /) -> None:
    """Add `item` to `heap`, keeping the heap order."""

def heappop(heap: list[_T], /) -> _T:
    """Remove and return the smallest item; an empty heap raises `IndexError`."""

def heapify(x: list[Any], /) -> None:
    """Rearrange list `x` into heap order, in place."""
