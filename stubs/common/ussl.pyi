"""Old name of `ssl`."""

from ssl import *
