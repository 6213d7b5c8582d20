"""Old name of `requests`."""

from requests import *
