"""Old name of `socket`."""

from socket import *
