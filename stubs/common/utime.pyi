"""The old name of `time`, kept so older programs still import: everything here is `time`."""

from time import *
