"""A 5,000-line file of real MicroPython code, for the benchmark: sensor and
display drivers published on PyPI (micropython-lib style packages),
downloaded with pip when the benchmark runs and never kept in the
repository. Their modules are put one after another into one file, each
distinct file once, until the file has the lines asked for.

    python3 lsp/bench/real_program.py [LINES]   (prints the file)
"""

import io
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

# Drivers for I2C sensors, LED and servo controllers, displays: what
# ESP32 and Pico projects import. Each is one small package on PyPI.
PACKAGES = [
    "micropython-bmi160",
    "micropython-bma220",
    "micropython-adxl343",
    "micropython-bma400",
    "micropython-adt7410",
    "micropython-bmi270",
    "micropython-bmp581",
    "micropython-bmm150",
    "micropython-lis3dh",
    "micropython-as6212",
    "micropython-pca9685",
    "micropython-scd30",
    "micropython-tm1637",
    "micropython-max7219",
    "micropython-ahtx0",
    "micropython-ags02ma",
]

CACHE = Path(tempfile.gettempdir()) / "upy-bench-real-code"


def download() -> Path:
    """The packages' files, downloaded once per machine (into the temp dir)."""
    dl = CACHE / "dl"
    dl.mkdir(parents=True, exist_ok=True)
    for package in PACKAGES:
        if any(p.name.replace("_", "-").startswith(package) for p in dl.iterdir()):
            continue
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--disable-pip-version-check",
               "-d", str(dl), package]
        if subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
            print(f"(could not download {package}; left out)", file=sys.stderr)
    return dl


def sources(dl: Path) -> list[tuple[str, str]]:
    """(name, text) of every driver module in the downloads, sorted by name."""
    out = {}
    for archive in sorted(dl.iterdir()):
        if archive.suffix == ".whl":
            with zipfile.ZipFile(archive) as z:
                for n in z.namelist():
                    if n.endswith(".py"):
                        out[n] = z.read(n).decode("utf-8", "replace")
        elif archive.name.endswith(".tar.gz"):
            with tarfile.open(archive) as t:
                for m in t.getmembers():
                    if m.name.endswith(".py") and m.isfile():
                        f = t.extractfile(m)
                        if f:
                            out[m.name] = io.TextIOWrapper(f, "utf-8", errors="replace").read()
    skip = ("setup.py", "__init__.py", "/examples/", "/tests/", "conf.py")
    return sorted((n, s) for n, s in out.items() if not any(k in n for k in skip))


def program(lines: int = 5000) -> str:
    """Real driver modules, each distinct text once, up to `lines` lines."""
    seen = set()
    parts = []
    total = 0
    for name, text in sources(download()):
        if text in seen or not text.strip():
            continue
        seen.add(text)
        body = f"# --- {name}\n" + text.rstrip("\n") + "\n\n"
        n = body.count("\n")
        if total + n > lines:
            # Cut at a top-level statement so the file stays valid.
            keep = body.split("\n")[: lines - total]
            while keep and (keep[-1].startswith((" ", "\t")) or not keep[-1].strip()):
                keep.pop()
            cut = "\n".join(keep)
            last_top = max(cut.rfind("\nclass "), cut.rfind("\ndef "))
            if last_top > 0:
                parts.append(cut[:last_top] + "\n")
            break
        parts.append(body)
        total += n
    return "".join(parts)


if __name__ == "__main__":
    sys.stdout.write(program(int(sys.argv[1]) if len(sys.argv) > 1 else 5000))
