"""`python -m upy ARGS` runs this environment's `upy ARGS`.

The kernelspec starts the kernel as `python -m upy kernel -f FILE`: Jupyter
replaces "python" with the interpreter it runs on (as it does for ipykernel),
so the kernel is found in the environment it was installed into even when
that environment is not activated and its bin/ is not on PATH.
"""

import os
import shutil
import subprocess
import sys
import sysconfig

EXE = "upy.exe" if os.name == "nt" else "upy"


def installed_binary():
    """The upy this distribution installed: pip's record of its files knows
    the scheme (venv, --user, --prefix) it was installed with."""
    try:
        from importlib.metadata import PackageNotFoundError, distribution
    except ImportError:  # Python < 3.8
        return None
    try:
        files = distribution("upy").files or []
    except PackageNotFoundError:
        return None
    for f in files:
        if f.name == EXE:
            path = os.path.abspath(str(f.locate()))
            if os.path.isfile(path):
                return path
    return None


def find_binary():
    candidates = [installed_binary()]
    candidates += [os.path.join(sysconfig.get_path("scripts"), EXE)]
    try:
        candidates.append(os.path.join(sysconfig.get_path("scripts", f"{os.name}_user"), EXE))
    except KeyError:
        pass
    candidates.append(shutil.which("upy"))
    for c in candidates:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


def main():
    exe = find_binary()
    if exe is None:
        sys.stderr.write("python -m upy: the upy binary is not installed next to this Python (pip install upy)\n")
        return 127
    if os.name == "nt":
        return subprocess.call([exe] + sys.argv[1:])
    # Replace this interpreter, so the kernel's process is upy itself: its
    # memory, its signals (SIGINT interrupts a cell) and its exit status.
    os.execv(exe, [exe] + sys.argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
