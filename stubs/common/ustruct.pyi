"""The old name of `struct`, kept so older programs still import: everything here is `struct`."""

from struct import *
