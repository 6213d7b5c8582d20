try:
    from pathlib import Path
except ImportError:
    Path = None
print(Path)
