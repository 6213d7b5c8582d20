"""The old name of `random`, kept so older programs still import: everything here is `random`."""

from random import *
