"""The old name of `errno`, kept so older programs still import: everything here is `errno`."""

from errno import *
