"""The old name of `sys`, kept so older programs still import: everything here is `sys`."""

from sys import *
