"""Do our stubs name everything micropython-stubs names for a board?

Lists every module, class, function and constant of an installed
micropython-stubs package (`micropython-esp32-stubs`, `micropython-rp2-stubs`)
and checks that a board's stubs, as `upy stubs export` writes them, have the
same names: each module, each public top-level name, each public member of
each class (bases within the module included, on both sides). Of the
`micropython-stdlib-stubs` they pull in only the modules count: their
contents are typeshed's CPython stubs, whose names MicroPython mostly lacks.

Only names are compared. The package's files are read at test time, from
where pip put them; nothing of them is copied into this repository (our
stubs are written from MicroPython's documentation).

Names the firmware does not have (another port's, documentation-only, or
an import that leaked into a frozen module) are listed in NOT_ON_THE_BOARD
and the per-port tables with the reason; modules another helper is writing
are PENDING.

Usage: python3 coverage.py OURS_DIR PACKAGE_DIR BOARD   (exits 1 and lists
what is missing; prints the counts either way)
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

# What the package has that is not a module of the firmware: the type
# checker's shed, typeshed's own stdlib files that only feed pyright, and
# the `u`-prefixed aliases (MicroPython finds `utime` as `time` by itself;
# ours has them too, as `from time import *`).
NOT_MODULES = {
    "__builtins__",  # the checker's view of builtins
    "_mpy_shed",
    "stubs",
    "_typeshed",
    "_ast",
    "_codecs",
    "_collections_abc",
    "_decimal",
    "_asyncio",
    "__future__",
    "abc",
    "enum",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "types",
    "typing",
    "typing_extensions",
    "mypy_extensions",
    "builtins",
}


# Names the packages list that the board's firmware does not have, or that
# are not API, each with why. Checked against the port's source
# (`ports/<port>/*.c`, `extmod/*.c`) and MicroPython's documentation.
NOT_ON_THE_BOARD: dict[str, str] = {
    # helpers a frozen module imports, which leak into its namespace
    "*.const": "`from micropython import const`, not API",
    "umqtt.simple.hexlify": "imported from binascii, not API",
    # documentation-only or other ports'
    "machine.ADCWiPy": "WiPy port only",
    "network.WLANWiPy": "WiPy port only",
    "network.AbstractNIC": "the documentation's description of every NIC, not a class",
    "socket.IPPROTO_SEC": "WiPy port only",
    "machine.ID_T": "a type alias of the package's",
    "micropython.Const_T": "a type alias of the package's",
    "micropython.asm_thumb": "a decorator the compiler reads, not an attribute",
    "micropython.asm_xtensa": "a decorator the compiler reads, not an attribute",
    "machine.const": "an import of the package's",
    "machine.ATTN_0DB": "ADC.ATTN_0DB is the constant",
    "machine.IDLE": "not in ports/esp32 or ports/rp2 modmachine.c",
    "machine.RTC_WAKE": "not in ports/esp32 or ports/rp2 modmachine.c",
    "machine.WLAN_WAKE": "not in ports/esp32 or ports/rp2 modmachine.c",
    "machine.ADC.CORE_VBAT": "stm32 port only",
    "machine.ADC.CORE_VREF": "stm32 port only",
    "machine.ADC.VREF": "stm32 port only",
    "machine.ADC.WIDTH_13BIT": "ESP32-S2 only",
    "machine.Pin.ALT_OPEN_DRAIN": "not in ports/esp32 or ports/rp2 machine_pin.c",
    "machine.Pin.ANALOG": "not in ports/esp32 or ports/rp2 machine_pin.c",
    "machine.Pin.IRQ_HIGH_LEVEL": "not in ports/esp32 or ports/rp2 machine_pin.c",
    "machine.Pin.IRQ_LOW_LEVEL": "not in ports/esp32 or ports/rp2 machine_pin.c",
    "machine.Pin.PULL_HOLD": "not in ports/esp32 or ports/rp2 machine_pin.c",
    "machine.Pin.drive": "a keyword of init(), not a method, on esp32 and rp2",
    "machine.Pin.mode": "a keyword of init(), not a method, on esp32 and rp2",
    "machine.Pin.pull": "a keyword of init(), not a method, on esp32 and rp2",
    "machine.RTC.ALARM0": "not in ports/esp32 or ports/rp2 machine_rtc.c",
    "machine.RTC.alarm": "not in ports/esp32 or ports/rp2 machine_rtc.c",
    "machine.SPI.CONTROLLER": "not in extmod/machine_spi.c",
    "machine.SoftSPI.CONTROLLER": "not in extmod/machine_spi.c",
    "machine.UART.IDLE": "cc3200 port only",
    "machine.Signal.*": "the package makes Signal a Pin subclass; MicroPython's Signal wraps a pin",
    "machine.I2C.readinto": "a primitive operation of SoftI2C only",
    "machine.I2C.start": "a primitive operation of SoftI2C only",
    "machine.I2C.stop": "a primitive operation of SoftI2C only",
    "machine.I2C.write": "a primitive operation of SoftI2C only",
    "machine.Counter.IRQ_*": "the ESP32's Counter (ports/esp32/modules/machine.py) has no irq",
    "machine.Encoder.IRQ_*": "the ESP32's Encoder (ports/esp32/modules/machine.py) has no irq",
    "errno.ENOTSUP": "not in py/moderrno.c",
    "select.poll.*": "poll is a function in extmod/modselect.c; the object's methods are on our `_Poll`",
    "vfs.VfsFat.ioctl": "a block device's method, not a filesystem's",
    "vfs.VfsFat.readblocks": "a block device's method, not a filesystem's",
    "vfs.VfsFat.writeblocks": "a block device's method, not a filesystem's",
    "vfs.VfsLfs2.ioctl": "a block device's method, not a filesystem's",
    "vfs.VfsLfs2.readblocks": "a block device's method, not a filesystem's",
    "vfs.VfsLfs2.writeblocks": "a block device's method, not a filesystem's",
    "uzlib": "removed in MicroPython 1.21 (deflate replaces it)",
    "rp2.asm_pio": "the assembler's names, not a module (rp2.asm_pio is a function)",
    "rp2.asm_pio_rp2040": "the assembler's names, not a module",
    "rp2.asm_pio_rp2350": "the assembler's names, not a module",
}

# Per board: what the port lacks that the package lists (`ports/rp2/*.c`).
NOT_ON_RP2: dict[str, str] = {
    "machine.ADCBlock": "rp2 has no ADC_BLOCK",
    "machine.SDCard": "rp2 has no SDCard",
    "machine.DEEPSLEEP": "rp2 modmachine.c has no sleep constants",
    "machine.DEEPSLEEP_RESET": "rp2 modmachine.c has only PWRON_RESET and WDT_RESET",
    "machine.HARD_RESET": "rp2 modmachine.c has only PWRON_RESET and WDT_RESET",
    "machine.SOFT_RESET": "rp2 modmachine.c has only PWRON_RESET and WDT_RESET",
    "machine.PIN_WAKE": "rp2 modmachine.c has no wake constants",
    "machine.SLEEP": "rp2 modmachine.c has no sleep constants",
    "machine.ADC.ATTN_*": "the rp2 ADC has no attenuator",
    "machine.ADC.WIDTH_*": "the rp2 ADC has a fixed width",
    "machine.ADC.atten": "the rp2 ADC has no attenuator",
    "machine.ADC.width": "the rp2 ADC has a fixed width",
    "machine.ADC.read": "the rp2 ADC has read_u16 only",
    "machine.Pin.DRIVE_*": "not in ports/rp2/machine_pin.c",
    "machine.RTC.init": "ports/rp2/machine_rtc.c has datetime only",
    "machine.RTC.memory": "ports/rp2/machine_rtc.c has datetime only",
    "machine.UART.IRQ_RX": "ports/rp2/machine_uart.c has no IRQ_RX",
    "network.LAN": "the Pico W has no Ethernet",
    "socket.IPPROTO_UDP": "extmod/modlwip.c has no IPPROTO_UDP",
    "network.WLAN.BANDWIDTH_20": "an ESP32 constant (network_cyw43.c has none)",
    "network.WLAN.PROTOCOL_DEFAULT": "an ESP32 constant (network_cyw43.c has none)",
    "network.WLAN.PROTOCOL_LR": "an ESP32 constant (network_cyw43.c has none)",
}

NOT_ON_ESP32: dict[str, str] = {
    "machine.ADC.CORE_TEMP": "an rp2 constant (ports/esp32/machine_adc.c has none)",
    "machine.Pin.ALT": "an rp2 mode (ports/esp32/machine_pin.c has none)",
    "machine.UART.IRQ_TXIDLE": "ports/esp32/machine_uart.c has no IRQ_TXIDLE",
}

# Written with their VM modules by the modules helper (issue #17, branch
# wip/modules); they leave this list when that branch is merged.
PENDING = {"framebuf", "dht", "onewire", "_onewire", "ds18x20", "esp", "esp32", "neopixel"}


def excused(name: str, board: str) -> str | None:
    """Why `name` (dotted) may be missing from ours, if it may."""
    import fnmatch

    tables = [NOT_ON_THE_BOARD, NOT_ON_RP2 if board == "rp2" else NOT_ON_ESP32 if board == "esp32" else {}]
    for table in tables:
        for pattern, why in table.items():
            if fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(name, "*." + pattern.removeprefix("*.")) and pattern.startswith("*."):
                return why
    if name.split(".")[0] in PENDING:
        return "pending: the modules helper's"
    return None


def module_files(root: Path) -> dict[str, Path]:
    """Dotted module name → file, for a stub tree (packages included)."""
    out: dict[str, Path] = {}
    for path in sorted(root.rglob("*.pyi")):
        rel = path.relative_to(root)
        parts = list(rel.with_suffix("").parts)
        if parts[0] in NOT_MODULES or parts[0] == "stdlib" or parts[0].endswith("-info"):
            continue
        if parts[-1] == "__init__":
            parts.pop()
        if parts:
            out.setdefault(".".join(parts), path)
    return out


def stdlib_modules(root: Path) -> list[str]:
    """The MicroPython modules `micropython-stdlib-stubs` describes (top
    level only). Their contents are typeshed's CPython stubs, so only the
    module itself is required of ours, not CPython's names."""
    stdlib = root / "stdlib"
    if not stdlib.is_dir():
        return []
    names = {p.stem if p.is_file() else p.name for p in stdlib.iterdir() if p.suffix == ".pyi" or p.is_dir()}
    return sorted(n for n in names if n not in NOT_MODULES and not n.startswith("_"))


def is_alias(name: str, modules: dict[str, Path]) -> bool:
    return name.startswith("u") and name[1:] in modules


def public(name: str) -> bool:
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__") and name != "__all__")


def names_of(path: Path, tree_files: dict[str, Path] | None = None, _depth: int = 0) -> tuple[set[str], dict[str, set[str]]]:
    """Public top-level names, and each class's public members (with those
    of its bases). With `tree_files` (module → file of the same tree), `from m
    import *` and classes imported from `m` are followed too."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except SyntaxError:
        return set(), {}
    top: set[str] = set()
    classes: dict[str, ast.ClassDef] = {}
    imported_classes: dict[str, set[str]] = {}

    def collect(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                top.add(node.name)
            elif isinstance(node, ast.ClassDef):
                top.add(node.name)
                classes[node.name] = node
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                top.add(node.target.id)
            elif isinstance(node, ast.Assign):
                top.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # re-exports: `from m import Y as Y`, and `from m import *`
                top.update(a.asname or a.name for a in node.names if a.name != "*" and a.asname)
                if tree_files and _depth < 4 and node.module in tree_files:
                    other_top, other_classes = names_of(tree_files[node.module], tree_files, _depth + 1)
                    for a in node.names:
                        if a.name == "*":
                            top.update(other_top)
                            imported_classes.update(other_classes)
                        elif a.name in other_classes:
                            imported_classes[a.asname or a.name] = other_classes[a.name]
            elif isinstance(node, ast.ImportFrom) and node.level > 0:
                top.update(a.asname or a.name for a in node.names if a.name != "*")
            elif isinstance(node, ast.If):
                collect(node.body)
                collect(node.orelse)
            elif isinstance(node, ast.Try):
                collect(node.body)

    collect(tree.body)

    def members(name: str, seen: set[str]) -> set[str]:
        node = classes.get(name)
        if node is None:
            return set(imported_classes.get(name, set()))
        if name in seen:
            return set()
        seen.add(name)
        out: set[str] = set()
        for item in node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                out.add(item.name)
            elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                out.add(item.target.id)
            elif isinstance(item, ast.Assign):
                out.update(t.id for t in item.targets if isinstance(t, ast.Name))
        for b in node.bases:
            if isinstance(b, ast.Name):
                out |= members(b.id, seen)
        return {m for m in out if public(m)}

    found = {c: members(c, set()) for c in classes if public(c)}
    for c, m in imported_classes.items():
        found.setdefault(c, m)
    return {n for n in top if public(n)}, found


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    ours_dir, theirs_dir, board = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    ours, theirs = module_files(ours_dir), module_files(theirs_dir)
    missing: list[str] = []
    counts = {"modules": 0, "names": 0, "members": 0}
    for module, path in sorted(theirs.items()):
        if is_alias(module, theirs) and module not in ("uctypes",):
            continue
        counts["modules"] += 1
        top, classes = names_of(path)
        counts["names"] += len(top)
        counts["members"] += sum(len(m) for m in classes.values())
        if module not in ours:
            missing.append(module)
            continue
        our_top, our_classes = names_of(ours[module], ours)
        for name in sorted(top - our_top):
            missing.append(f"{module}.{name}")
        for cls, members in sorted(classes.items()):
            if cls not in our_top:
                continue
            for m in sorted(members - our_classes.get(cls, set())):
                missing.append(f"{module}.{cls}.{m}")
    for module in stdlib_modules(theirs_dir):
        counts["modules"] += 1
        if module not in ours:
            missing.append(module)
    excuses: dict[str, int] = {}
    unexcused = []
    for m in missing:
        why = excused(m, board)
        if why:
            excuses[why] = excuses.get(why, 0) + 1
        else:
            unexcused.append(m)
            print(f"missing: {m}")
    ours_modules = [m for m in ours if not is_alias(m, ours)]
    machine_classes = len([c for c in names_of(ours["machine"])[1] if not c.startswith("_")]) if "machine" in ours else 0
    print(
        f"{board}: the package has {counts['modules']} modules, {counts['names']} names, {counts['members']} class "
        f"members; ours has {len(ours_modules)} modules (u-aliases aside) and {machine_classes} machine classes; "
        f"{len(unexcused)} missing, {len(missing) - len(unexcused)} left out on purpose"
    )
    for why, n in sorted(excuses.items(), key=lambda kv: -kv[1]):
        print(f"  left out ({n}): {why}")
    return 1 if unexcused else 0


if __name__ == "__main__":
    sys.exit(main())
