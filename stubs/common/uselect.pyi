"""The old name of `select`, kept so older programs still import: everything here is `select`."""

from select import *
