"""Old name of `websocket`."""

from websocket import *
