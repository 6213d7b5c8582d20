"""The old name of `io`, kept so older programs still import: everything here is `io`."""

from io import *
