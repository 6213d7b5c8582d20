try:
    import nonexistent_module_xyz
except ImportError as e:
    print("ImportError", type(e).__name__)
import sys
print(type(sys.argv).__name__)
from sys import maxsize as m
print(m > 0)
import json, re
print(json.dumps([1]), type(re).__name__)
try:
    from sys import no_such_name
except ImportError as e:
    print("from-import", e)
