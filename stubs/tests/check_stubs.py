"""Lint for the board stubs: what pyright does not check.

- every module, class, function, method and public constant has a docstring;
- no `*args` / `**kwargs` stands in for named parameters (only the functions
  in GENUINELY_VARIADIC take a variable number of arguments in MicroPython);
- each `u`-prefixed alias is exactly `from <module> import *` of a module the
  same board has;
- the three `machine` stubs differ only where BOARD_EXTRAS and
  SIGNATURE_DIFFERS say the real ports differ.

Usage: python3 check_stubs.py STUBS_DIR   (exits 1 and lists problems)
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

BOARDS = ("esp32", "rp2", "generic")

GENUINELY_VARIADIC = {
    ("struct", "pack"),
    ("struct", "pack_into"),
    ("asyncio", "gather"),
}

# Members of a machine class that exist on only some boards. Anything else
# must be present on all three boards.
BOARD_EXTRAS = {
    ("esp32", "Pin"): {"WAKE_LOW", "WAKE_HIGH", "DRIVE_0", "DRIVE_1", "DRIVE_2", "DRIVE_3"},
    ("rp2", "Pin"): {"ALT"},
    ("esp32", "PWM"): {"duty"},
    ("esp32", "ADC"): {
        "ATTN_0DB", "ATTN_2_5DB", "ATTN_6DB", "ATTN_11DB",
        "WIDTH_9BIT", "WIDTH_10BIT", "WIDTH_11BIT", "WIDTH_12BIT",
        "init", "read", "read_uv", "atten", "width", "deinit",
    },
    ("generic", "ADC"): {"read_uv"},
    ("esp32", "RTC"): {"init"},
    ("generic", "RTC"): {"init"},
    ("rp2", "ADC"): {"CORE_TEMP"},
    ("esp32", "<module>"): {"HARD_RESET", "DEEPSLEEP_RESET", "SOFT_RESET"},
    ("generic", "<module>"): {"HARD_RESET", "DEEPSLEEP_RESET", "SOFT_RESET"},
}

# Shared members whose signatures legitimately differ between boards.
SIGNATURE_DIFFERS = {
    ("Pin", "__init__"), ("Pin", "init"), ("Pin", "irq"),
    ("Signal", "__init__"), ("PWM", "__init__"), ("PWM", "init"),
    ("ADC", "__init__"), ("Timer", "__init__"), ("I2C", "__init__"),
}


def is_docstring(node: ast.stmt | None) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        and node.value.value.strip() != ""
    )


def assigned_name(node: ast.stmt) -> str | None:
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    return None


def check_body(body: list[ast.stmt], where: str, module: str, problems: list[str]) -> None:
    for i, node in enumerate(body):
        following = body[i + 1] if i + 1 < len(body) else None
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if not (node.body and is_docstring(node.body[0])):
                problems.append(f"{where}.{node.name}: no docstring")
            if isinstance(node, ast.ClassDef):
                check_body(node.body, f"{where}.{node.name}", module, problems)
            else:
                args = node.args
                if (args.vararg or args.kwarg) and (module, node.name) not in GENUINELY_VARIADIC:
                    problems.append(f"{where}.{node.name}: *args/**kwargs instead of named parameters")
        else:
            name = assigned_name(node)
            if name is None or name.startswith("_"):
                continue
            if not is_docstring(following):
                problems.append(f"{where}.{name}: no docstring")


def check_module(path: Path, module: str, problems: list[str]) -> ast.Module | None:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as err:
        problems.append(f"{path}: {err}")
        return None
    if not (tree.body and is_docstring(tree.body[0])):
        problems.append(f"{path}: no module docstring")
    check_body(tree.body, f"{path.parent.name}/{module}", module, problems)
    return tree


def board_files(stubs: Path, board: str) -> dict[str, Path]:
    """The board's full stub set: common/ overlaid with the board's folder."""
    files = {p.stem: p for p in sorted((stubs / "common").glob("*.pyi"))}
    files.update({p.stem: p for p in sorted((stubs / board).glob("*.pyi"))})
    return files


def check_aliases(board: str, files: dict[str, Path], problems: list[str]) -> None:
    for module, path in files.items():
        if not module.startswith("u") or module[1:] not in files:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports = [n for n in tree.body if isinstance(n, ast.ImportFrom)]
        ok = (
            len(imports) == 1
            and imports[0].module == module[1:]
            and [a.name for a in imports[0].names] == ["*"]
        )
        if not ok:
            problems.append(f"{board}/{module}: an alias must be exactly `from {module[1:]} import *`")


def members(body: list[ast.stmt]) -> dict[str, ast.stmt]:
    found: dict[str, ast.stmt] = {}
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            # overloads of one name: keep the first
            found.setdefault(node.name, node)
        else:
            name = assigned_name(node)
            if name is not None and not name.startswith("_"):
                found.setdefault(name, node)
    return found


def signature(node: ast.stmt) -> str:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return ast.dump(node.args) + (ast.dump(node.returns) if node.returns else "")
    return ""


def check_machine_agreement(trees: dict[str, ast.Module], problems: list[str]) -> None:
    scopes: dict[str, dict[str, dict[str, ast.stmt]]] = {}
    for board, tree in trees.items():
        top = members(tree.body)
        scopes.setdefault("<module>", {})[board] = top
        for name, node in top.items():
            if isinstance(node, ast.ClassDef):
                scopes.setdefault(name, {})[board] = members(node.body)
    for scope, per_board in scopes.items():
        if len(per_board) != len(BOARDS):
            problems.append(f"machine.{scope}: missing on {sorted(set(BOARDS) - set(per_board))}")
            continue
        shared = set.intersection(*(set(m) for m in per_board.values()))
        for board, found in per_board.items():
            extra = set(found) - shared
            allowed = BOARD_EXTRAS.get((board, scope), set())
            if extra != allowed:
                problems.append(
                    f"{board}/machine.{scope}: board-only members {sorted(extra)}, expected {sorted(allowed)}"
                )
        if scope == "<module>":
            continue
        for name in sorted(shared):
            sigs = {signature(found[name]) for found in per_board.values()}
            if len(sigs) > 1 and (scope, name) not in SIGNATURE_DIFFERS:
                problems.append(f"machine.{scope}.{name}: signature differs between boards")


def main() -> int:
    stubs = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1])
    problems: list[str] = []
    checked = 0
    seen: set[Path] = set()
    machine_trees: dict[str, ast.Module] = {}
    for board in BOARDS:
        files = board_files(stubs, board)
        for module, path in files.items():
            if path in seen:
                tree = None
            else:
                seen.add(path)
                checked += 1
                tree = check_module(path, module, problems)
            if module == "machine":
                machine_trees[board] = tree or ast.parse(path.read_text(encoding="utf-8"))
        check_aliases(board, files, problems)
    check_machine_agreement(machine_trees, problems)
    for problem in problems:
        print(problem)
    print(f"stub lint: {checked} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
