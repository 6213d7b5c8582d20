"""Regular expressions, MicroPython's subset.

Supported: `.` `[...]` `[^...]` `^` `$` `?` `*` `+` `??` `*?` `+?` `|`
`(...)` and the classes `\\d \\D \\s \\S \\w \\W`. Not supported: counted
repetition `{m,n}`, named groups, non-capturing groups, lookaround and
back-references.
"""

from typing import Callable, Final, overload

DEBUG: Final = 4096
"""Flag for `compile()`: print the compiled expression."""

class Match:
    """A successful match, with the text of each group (the module has no `Match` name; this is its type)."""

    def group(self, index: int = 0, /) -> str | None:
        """Return the text matched by group `index` (0: the whole match), or None if it did not take part."""

    def groups(self) -> tuple[str | None, ...]:
        """Return the text of every group, from 1 upwards."""

    def start(self, index: int = 0, /) -> int:
        """Return where group `index` starts in the searched string (-1 if it did not take part)."""

    def end(self, index: int = 0, /) -> int:
        """Return where group `index` ends in the searched string (-1 if it did not take part)."""

    def span(self, index: int = 0, /) -> tuple[int, int]:
        """Return (start, end) of group `index`."""

class Pattern:
    """A compiled regular expression, as `compile()` returns (the module has no `Pattern` name; this is its type)."""

    def match(self, string: str, pos: int = 0, endpos: int = ..., /) -> Match | None:
        """Match at the start of `string` (or at `pos`, looking no further than `endpos`); return the match or None."""

    def search(self, string: str, pos: int = 0, endpos: int = ..., /) -> Match | None:
        """Find the first match in `string` (between `pos` and `endpos`); return it or None."""

    def sub(self, replace: str | Callable[[Match], str], string: str, count: int = 0, flags: int = 0, /) -> str:
        """Return `string` with matches replaced (at most `count` if not 0).

        `replace` may use `\\1` or `\\g<1>` for groups, or be a function
        given each match.
        """

    def split(self, string: str, max_split: int = -1, /) -> list[str]:
        """Split `string` at each match, at most `max_split` times (-1: no limit)."""

def compile(regex_str: str, flags: int = 0, /) -> Pattern:
    """Compile an expression for repeated use; a malformed one raises `ValueError`."""

def match(regex_str: str, string: str, /) -> Match | None:
    """Compile `regex_str` and match it at the start of `string`."""

def search(regex_str: str, string: str, /) -> Match | None:
    """Compile `regex_str` and find its first match anywhere in `string`."""

@overload
def sub(regex_str: str, replace: str, string: str, count: int = 0, flags: int = 0, /) -> str:
    """Compile `regex_str` and replace its matches in `string` with `replace`."""

@overload
def sub(regex_str: str, replace: Callable[[Match], str], string: str, count: int = 0, flags: int = 0, /) -> str:
    """Compile `regex_str` and replace each match in `string` with what `replace(match)` returns."""
