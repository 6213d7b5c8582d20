"""Benchmark the upy language server beside ruff and pyright on one
5,000-line file of real MicroPython code (not run in CI): drivers from
PyPI, downloaded when it runs (`real_program.py`). `--code generated`
uses the older generated, repetitive program instead.

    python3 lsp/bench/bench.py [--upy CMD] [--ruff CMD] [--pyright CMD] [--runs N] [--code real|generated]

Measures, per server: initialize → first diagnostics for the file
(median of several starts);
didChange → the diagnostics for that version (median, p99), for an edit
that changes no token (a trailing space) and for ones that change the code
(a digit typed into a number in a method in the middle of the file, and
into a module-level statement near its top); completion
right after typing `.` (median, p99). Servers that lack a feature are shown
as "-". Defaults: upy = `target/release/upy lsp`, ruff = `ruff
server`, pyright = `pyright-langserver --stdio` (both found on PATH).
"""

import argparse
import asyncio
import json
import os
import shlex
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_program  # noqa: E402
import real_program  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


class Lsp:
    """A minimal LSP client over a subprocess's stdio."""

    def __init__(self, proc):
        self.proc = proc
        self.next_id = 1
        self.waiters = {}
        self.notes = asyncio.Queue()
        self.reader = asyncio.create_task(self.read_loop())

    @classmethod
    async def start(cls, cmd, cwd):
        proc = await asyncio.create_subprocess_exec(
            *cmd, cwd=cwd, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL
        )
        return cls(proc)

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    async def read_loop(self):
        out = self.proc.stdout
        while True:
            length = 0
            while True:
                line = await out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            msg = json.loads(await out.readexactly(length))
            if "method" in msg and "id" in msg:
                self.answer(msg)
            elif "method" in msg:
                await self.notes.put((time.perf_counter(), msg))
            elif msg.get("id") in self.waiters:
                self.waiters.pop(msg["id"]).set_result(msg)

    def answer(self, msg):
        result = None
        if msg["method"] == "workspace/configuration":
            result = [None for _ in msg["params"]["items"]]
        self.send({"jsonrpc": "2.0", "id": msg["id"], "result": result})

    async def request(self, method, params):
        i = self.next_id
        self.next_id += 1
        fut = asyncio.get_running_loop().create_future()
        self.waiters[i] = fut
        self.send({"jsonrpc": "2.0", "id": i, "method": method, "params": params})
        return (await asyncio.wait_for(fut, 120)).get("result")

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    async def diagnostics(self, uri, version=None):
        while True:
            t, msg = await asyncio.wait_for(self.notes.get(), 120)
            if msg["method"] != "textDocument/publishDiagnostics" or msg["params"]["uri"] != uri:
                continue
            v = msg["params"].get("version")
            if version is None or v is None or v >= version:
                return t, msg["params"]["diagnostics"]

    async def stop(self):
        try:
            await asyncio.wait_for(self.request("shutdown", None), 10)
            self.notify("exit", None)
            await asyncio.wait_for(self.proc.wait(), 10)
        except Exception:
            self.proc.kill()
        self.reader.cancel()


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


async def open_server(cmd, work, uri, text):
    """Start a server, open the file and wait for its first diagnostics:
    returns the client and the time that took."""
    t0 = time.perf_counter()
    lsp = await Lsp.start(cmd, work)
    await lsp.request(
        "initialize",
        {"processId": os.getpid(), "rootUri": work.as_uri(), "capabilities": {"textDocument": {"publishDiagnostics": {}}},
         "workspaceFolders": [{"uri": work.as_uri(), "name": "bench"}]},
    )
    lsp.notify("initialized", {})
    lsp.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": 0, "text": text}})
    t_first, _ = await lsp.diagnostics(uri)
    return lsp, t_first - t0


async def type_and_delete(lsp, uri, line, col, typed, runs, version):
    """Type `typed` at (line, col) and delete it again, `runs` edits in all:
    the time from each didChange to its diagnostics, and the last version."""
    times = []
    for i in range(runs):
        version += 1
        end = col if i % 2 == 0 else col + len(typed)
        change = {"range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": end}},
                  "text": typed if i % 2 == 0 else ""}
        t = time.perf_counter()
        lsp.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        t_diag, _ = await lsp.diagnostics(uri, version)
        times.append(t_diag - t)
    return times, version


async def bench(name, cmd, text, runs, want_completion, starts):
    work = Path(tempfile.mkdtemp(prefix=f"bench-{name}-"))
    path = work / "main.py"
    path.write_text(text)
    uri = path.as_uri()
    # Start-up is one sample per process: take the median of several.
    startups = []
    for _ in range(starts - 1):
        lsp, t = await open_server(cmd, work, uri, text)
        startups.append(t)
        await lsp.stop()
    lsp, t = await open_server(cmd, work, uri, text)
    startups.append(t)
    startup = statistics.median(startups)

    lines = text.split("\n")
    edit_line = len(lines) // 2
    # Alternately add and remove a trailing space: the program stays the same.
    edits, version = await type_and_delete(lsp, uri, edit_line, len(lines[edit_line]), " ", runs, 0)
    # Code edits: a digit is typed after a number and deleted again, so the
    # program changes (and everything after the edit moves): in a method in
    # the middle of the file, and in a module-level statement near its top.
    code_line, code_col = number_in(lines, range(edit_line, len(lines)), method=True)
    module_line, module_col = number_in(lines, range(len(lines)), method=False)
    code_edits, version = await type_and_delete(lsp, uri, code_line, code_col, "0", runs, version)
    module_edits, version = await type_and_delete(lsp, uri, module_line, module_col, "0", runs, version)

    completions = []
    if want_completion:
        last = len(lines) - 1
        for i in range(runs):
            version += 1
            # Type `b.` on the last line, ask, then delete it again.
            lsp.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                       "contentChanges": [{"range": {"start": {"line": last, "character": 0}, "end": {"line": last, "character": 0}}, "text": "b."}]})
            t = time.perf_counter()
            result = await lsp.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": last, "character": 2}})
            completions.append(time.perf_counter() - t)
            items = result.get("items", []) if isinstance(result, dict) else (result or [])
            if i == 0 and not any(it.get("label") == "toggle" for it in items):
                print(f"  ({name}: completion did not offer `toggle`)", file=sys.stderr)
            version += 1
            lsp.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                       "contentChanges": [{"range": {"start": {"line": last, "character": 0}, "end": {"line": last, "character": 2}}, "text": ""}]})
    await lsp.stop()
    shutil.rmtree(work, ignore_errors=True)
    return startup, edits, code_edits, module_edits, completions


def number_in(lines, candidates, method):
    """The first line (of `candidates`) with a decimal number in code, in a
    method body (indented 8) or at module level, and the column just past
    the number's last digit."""
    import re

    for i in candidates:
        line = lines[i]
        indent = len(line) - len(line.lstrip())
        if (indent == 8) != method or (indent == 0) == method or line.lstrip().startswith(("#", '"', "'")):
            continue
        m = re.search(r"(?<![\w.])\d+(?![\w.])", line.split("#")[0])
        if m and "\"" not in line and "'" not in line:
            return i, m.end()
    raise SystemExit("no line with a number to edit")


def ms(x):
    return f"{x * 1000:8.2f}"


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--upy", default=shlex.join([str(REPO / "target" / "release" / "upy"), "lsp"]))
    ap.add_argument("--ruff", default="ruff server")
    ap.add_argument("--pyright", default="pyright-langserver --stdio")
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--lines", type=int, default=5000)
    ap.add_argument("--starts", type=int, default=5, help="server starts timed (median shown)")
    ap.add_argument("--code", choices=["real", "generated"], default="real")
    args = ap.parse_args()
    text = (real_program if args.code == "real" else gen_program).program(args.lines)
    print(f"program: {text.count(chr(10))} lines of {args.code} code; {args.runs} runs each; "
          f"start-up: median of {args.starts}\n")
    print(f"{'server':10} {'start→diags':>12} {'edit med':>9} {'edit p99':>9} {'code med':>9} {'code p99':>9} "
          f"{'mod med':>9} {'mod p99':>9} {'compl med':>9} {'compl p99':>9}   (ms)")
    results = {}
    for name, cmd, completion in [("upy", args.upy, True), ("ruff", args.ruff, False), ("pyright", args.pyright, True)]:
        argv = shlex.split(cmd)
        if Path(argv[0]).exists():
            argv[0] = str(Path(argv[0]).resolve())
        elif shutil.which(argv[0]) is None:
            print(f"{name:10} (not found: {argv[0]})")
            continue
        startup, edits, code, module, comps = await bench(name, argv, text, args.runs, completion, max(1, args.starts))
        results[name] = (startup, edits, comps, code, module)
        cm = ms(statistics.median(comps)) if comps else "       -"
        cp = ms(pct(comps, 99)) if comps else "       -"
        print(f"{name:10} {ms(startup):>12} {ms(statistics.median(edits))} {ms(pct(edits, 99))} "
              f"{ms(statistics.median(code))} {ms(pct(code, 99))} {ms(statistics.median(module))} {ms(pct(module, 99))} {cm} {cp}")
    if "upy" in results:
        u = results["upy"]
        if "ruff" in results:
            r = results["ruff"]
            print(f"\nedit→diagnostics, upy/ruff median: {statistics.median(u[1]) / statistics.median(r[1]):.3f}, "
                  f"p99: {pct(u[1], 99) / pct(r[1], 99):.3f} (target ≤ 0.25)")
            for label, k in [("code edit in a method", 3), ("code edit at module level", 4)]:
                print(f"{label}→diagnostics, upy/ruff median: {statistics.median(u[k]) / statistics.median(r[k]):.3f}, "
                      f"p99: {pct(u[k], 99) / pct(r[k], 99):.3f} (target ≤ 0.25)")
        if "pyright" in results and u[2]:
            p = results["pyright"]
            print(f"completion, upy/pyright median: {statistics.median(u[2]) / statistics.median(p[2]):.3f}, "
                  f"p99: {pct(u[2], 99) / pct(p[2], 99):.3f} (target ≤ 0.10)")
        print(f"start→first diagnostics, upy: {u[0] * 1000:.1f} ms (target < 50 ms)")


if __name__ == "__main__":
    asyncio.run(main())
