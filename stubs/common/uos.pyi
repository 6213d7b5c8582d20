"""The old name of `os`, kept so older programs still import: everything here is `os`."""

from os import *
