import sys as s, json as j
from json import dumps as d, loads
print(s is __import__("sys"), d([1]), loads("[2]"), j.dumps({}))
import collections
from collections import OrderedDict as OD
print(OD([(1, 2)]))
