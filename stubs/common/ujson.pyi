"""The old name of `json`, kept so older programs still import: everything here is `json`."""

from json import *
