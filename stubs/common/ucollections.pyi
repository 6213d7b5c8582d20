"""The old name of `collections`, kept so older programs still import: everything here is `collections`."""

from collections import *
