import os
print(hasattr(os, "listdir"), type(os).__name__)
import collections
d = collections.OrderedDict()
d["b"] = 1
d["a"] = 2
print(list(d))
