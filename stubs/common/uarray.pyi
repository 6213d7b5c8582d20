"""The old name of `array`, kept so older programs still import: everything here is `array`."""

from array import *
