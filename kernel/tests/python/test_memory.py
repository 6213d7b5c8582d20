"""A long session must not grow: 500 cells, resident memory compared."""

from __future__ import annotations

from pathlib import Path

from helpers import run


def resident_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_500_cells_do_not_grow_memory(kernel):
    km, kc = kernel
    pid = km.provisioner.process.pid
    for i in range(100):  # warm up allocator and queues
        run(kc, f"x = {i}\nprint(x)")
    before = resident_kib(pid)
    for i in range(500):
        reply, _ = run(kc, f"x = {i}\nprint(x)")
        assert reply["content"]["status"] == "ok"
    after = resident_kib(pid)
    print(f"kernel RSS before {before} KiB, after 500 cells {after} KiB")
    # Allocators hand memory back and forth in segments (mimalloc: 2 MiB), so
    # resident size moves in steps; a leak of even 6 KiB a cell exceeds this.
    assert after - before < 3 * 1024, f"grew by {after - before} KiB"
