"""The old name of `asyncio`, kept so older programs still import: everything here is `asyncio`."""

from asyncio import *
