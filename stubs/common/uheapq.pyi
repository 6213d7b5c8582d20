"""The old name of `heapq`, kept so older programs still import: everything here is `heapq`."""

from heapq import *
