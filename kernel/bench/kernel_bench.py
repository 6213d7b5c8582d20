"""Kernel benchmark (not run in CI): upy beside ipykernel, same client.

For each kernel: time from process start to the first kernel_info_reply
(median of several starts),
round-trip time of a trivial cell (execute_request sent → idle status
received; median of many), and resident memory when idle.

    python kernel/bench/kernel_bench.py [--cells 200]

The upy kernel is the command in UPY_KERNEL_ARGV, normally
"target/release/upy kernel" (default: the dev kernel built by
`cargo build -p upy-kernel --example upy-kernel-dev`, a test double). Targets from
the issue: round trip <= 1/5 of ipykernel's, start <= 1/10, memory <= 1/5.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import sys
import tempfile
import time
from pathlib import Path
from queue import Empty

REPO = Path(__file__).resolve().parents[2]


def upy_argv() -> list[str]:
    if os.environ.get("UPY_KERNEL_ARGV"):
        return shlex.split(os.environ["UPY_KERNEL_ARGV"])
    target = os.environ.get("CARGO_TARGET_DIR", str(REPO / "target"))
    return [str(Path(target) / "debug" / "examples" / "upy-kernel-dev")]


def write_specs() -> Path:
    root = Path(tempfile.mkdtemp(prefix="upy-bench-"))
    specs = {
        # The environment `upy kernel install` writes into kernel.json.
        "upy-bench": (upy_argv() + ["-f", "{connection_file}"], {"MIMALLOC_ARENA_EAGER_COMMIT": "0"}),
        "ipykernel-bench": ([sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"], {}),
    }
    for name, (argv, env) in specs.items():
        d = root / "kernels" / name
        d.mkdir(parents=True)
        spec = {"argv": argv, "display_name": name, "language": "python", "env": env}
        (d / "kernel.json").write_text(json.dumps(spec))
    return root


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return -1


def start(kernel_name: str):
    """Start a kernel; return (manager, client, seconds to first kernel_info_reply)."""
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name=kernel_name)
    started = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    while True:
        kc.kernel_info()
        try:
            msg = kc.get_shell_msg(timeout=0.005)
        except Empty:
            continue
        if msg["msg_type"] == "kernel_info_reply":
            break
    return km, kc, time.perf_counter() - started


def measure(kernel_name: str, cells: int, starts: int) -> dict[str, float]:
    start_times = []
    for _ in range(starts - 1):
        km, kc, seconds = start(kernel_name)
        start_times.append(seconds)
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    km, kc, seconds = start(kernel_name)
    start_times.append(seconds)
    start_s = statistics.median(start_times)
    kc.wait_for_ready(timeout=30)

    def round_trip() -> float:
        t = time.perf_counter()
        msg_id = kc.execute("1", store_history=False)
        while True:
            msg = kc.get_iopub_msg(timeout=10)
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                    and msg["content"]["execution_state"] == "idle"):
                break
        elapsed = time.perf_counter() - t
        kc.get_shell_msg(timeout=10)
        return elapsed

    for _ in range(20):
        round_trip()
    trips = [round_trip() for _ in range(cells)]
    time.sleep(0.5)
    memory = rss_kib(km.provisioner.process.pid)
    kc.stop_channels()
    km.shutdown_kernel()
    return {"start_ms": start_s * 1000, "round_trip_ms": statistics.median(trips) * 1000, "rss_mib": memory / 1024}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cells", type=int, default=200)
    parser.add_argument("--starts", type=int, default=5, help="kernel starts per kernel (median)")
    args = parser.parse_args()
    os.environ["JUPYTER_PATH"] = str(write_specs())
    # The client's own first start pays one-time imports; keep that out of
    # both kernels' figures.
    km, kc, _ = start("upy-bench")
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    upy = measure("upy-bench", args.cells, args.starts)
    ipy = measure("ipykernel-bench", args.cells, args.starts)
    print(f"upy kernel: {shlex.join(upy_argv())}")
    print(f"{'':24}{'upy':>12}{'ipykernel':>12}{'ratio':>10}{'target':>10}")
    rows = [("start → kernel_info (ms)", "start_ms", 0.1), ("trivial cell (ms)", "round_trip_ms", 0.2),
            ("idle RSS (MiB)", "rss_mib", 0.2)]
    ok = True
    for label, key, target in rows:
        ratio = upy[key] / ipy[key]
        ok &= ratio <= target
        print(f"{label:24}{upy[key]:12.2f}{ipy[key]:12.2f}{ratio:10.3f}{'<= ' + str(target):>10}")
    print("all targets met" if ok else "some targets missed")


if __name__ == "__main__":
    main()
