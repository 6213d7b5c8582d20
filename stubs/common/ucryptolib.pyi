"""Old name of `cryptolib`."""

from cryptolib import *
