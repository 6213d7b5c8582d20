"""Shell-like commands for the REPL: `ls`, `cat("f")`, `cd("d")`, ...

`from upysh import *` brings them in; `ls` and `pwd` work without brackets.
"""

from typing import Any

class LS:
    """`ls`: list the current directory (or `ls("dir")`)."""

    def __repr__(self) -> str:
        """List the current directory."""

    def __call__(self, path: str = ".") -> None:
        """List `path`: sizes of files, names of directories."""

class PWD:
    """`pwd`: show the current directory."""

    def __repr__(self) -> str:
        """Return the current directory."""

    def __call__(self) -> str:
        """Return the current directory."""

class CLEAR:
    """`clear`: clear the terminal screen."""

    def __repr__(self) -> str:
        """Clear the screen."""

    def __call__(self) -> str:
        """Clear the screen."""

class Man:
    """`man`: list the commands."""

    def __repr__(self) -> str:
        """Describe the commands."""

ls: LS
"""List a directory."""
pwd: PWD
"""The current directory."""
clear: CLEAR
"""Clear the screen."""
man: Man
"""The list of commands."""

def cd(path: str) -> None:
    """Change directory."""

def head(f: str, n: int = 10) -> None:
    """Print the first `n` lines of file `f`."""

def cat(f: str) -> None:
    """Print file `f`."""

def cp(s: str, t: str) -> None:
    """Copy file `s` to `t`."""

def newfile(path: str) -> None:
    """Type lines into a new file, until Ctrl-D."""

def mv(s: str, t: str) -> None:
    """Rename `s` to `t`."""

def rm(d: str, recursive: bool = False) -> None:
    """Remove a file (or a directory with `recursive=True`)."""

def rmdir(d: str) -> None:
    """Remove an empty directory."""

def mkdir(d: str) -> None:
    """Make a directory."""

