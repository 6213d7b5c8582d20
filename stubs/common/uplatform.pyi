"""Old name of `platform`."""

from platform import *
