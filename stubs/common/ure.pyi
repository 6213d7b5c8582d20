"""The old name of `re`, kept so older programs still import: everything here is `re`."""

from re import *
