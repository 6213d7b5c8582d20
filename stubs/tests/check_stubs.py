"""Lint for the board stubs: what pyright does not check.

- every module, class, function, method and public constant has a docstring;
- no `*args` / `**kwargs` stands in for named parameters (only the functions
  in GENUINELY_VARIADIC take a variable number of arguments in MicroPython);
- each `u`-prefixed alias is exactly `from <module> import *` of a module the
  same board has.

It reads each board's full set as `upy stubs export` writes it (the common
stubs with the board's overlays applied), one folder per board.

Usage: python3 check_stubs.py EXPORTED_DIR   (EXPORTED_DIR/<board>/*.pyi;
exits 1 and lists problems)
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
    ("vfs", "rom_ioctl"),
    ("aioble.core", "log_error"),
    ("aioble.core", "log_warn"),
    ("aioble.core", "log_info"),
    ("aioble.core", "config"),
    ("aioble.server", "register_services"),
    ("aioble.client", "__init__"),
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


def board_files(exported: Path, board: str) -> dict[str, Path]:
    """The board's full stub set, as `upy stubs export` wrote it."""
    return {".".join(p.relative_to(exported / board).with_suffix("").parts): p
            for p in sorted((exported / board).rglob("*.pyi"))}


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


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    exported = Path(sys.argv[1])
    problems: list[str] = []
    checked = 0
    seen: set[str] = set()
    for board in BOARDS:
        files = board_files(exported, board)
        if not files:
            problems.append(f"{exported / board}: no stubs (run `upy stubs export DIR/{board} --board {board}`)")
        for module, path in files.items():
            text = path.read_text(encoding="utf-8")
            # a module the same on every board is checked once
            if text in seen:
                continue
            seen.add(text)
            checked += 1
            check_module(path, module, problems)
        check_aliases(board, files, problems)
    for problem in problems:
        print(problem)
    print(f"stub lint: {checked} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
