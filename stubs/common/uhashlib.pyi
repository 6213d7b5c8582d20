"""The old name of `hashlib`, kept so older programs still import: everything here is `hashlib`."""

from hashlib import *
