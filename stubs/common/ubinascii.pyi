"""The old name of `binascii`, kept so older programs still import: everything here is `binascii`."""

from binascii import *
