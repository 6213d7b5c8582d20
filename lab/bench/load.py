#!/usr/bin/env python3
"""Load test of the lab on one host, run on purpose (not in CI):

    lab/bench/run.sh [--students 30] [--flavours upy,ipykernel]

N students sign in through the hub's REST API, start their servers, open the
assignment and run all its cells over the kernel websocket, all at the same
time, each pausing between cells as a person does (--think, default 1 s,
0.5x-1.5x at random; --think 0 fires every cell at once). The
same run does it twice on one hub: on the upy kernel (lab/source: the five
exercises, solved) and on ipykernel with the same work in CPython cells
(lab/bench/cpython). For each it prints p50/p99 cell latency, the hub's
RSS, RSS per student (server + kernel), idle RSS per kernel and failures.
In the upy pass one more student runs `while True: pass`: the CPU limit must
stop it while the others' latency holds.

Students speak JupyterLab's websocket protocol (v1.kernel.websocket.jupyter.org;
--protocol json for the older one). Each cell's latency is split at the
dates the kernel stamps on its reply: the trip to the kernel (hub proxy,
the student's server, ZMQ), the cell in the kernel, and the trip back. The
host's load is printed beside the figures: the load average, how busy the
CPUs were during the pass, how much of that was the lab's own processes
(hub, proxy, servers, kernels) and this client, and CPU steal, so figures
from a host shared with other work can be told from the lab's own cost.
"""

import argparse
import asyncio
import os
import random
import shutil
import statistics
import sys
import tempfile
import time

import aiohttp
import psutil

LAB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, LAB)
from hub_client import V1, Student  # noqa: E402
from hub_process import PASSWORD, LabHub  # noqa: E402

MB = 1024 * 1024


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def rss(pid):
    try:
        return psutil.Process(pid).memory_info().rss
    except psutil.Error:
        return 0


def uss(pid):
    """Memory only this process holds (not the binary's pages that every
    kernel shares)."""
    try:
        return psutil.Process(pid).memory_full_info().uss
    except psutil.Error:
        return 0


def kernels_of(server_pid, flavour):
    try:
        children = psutil.Process(server_pid).children(recursive=True)
    except psutil.Error:
        return []
    want = "upy" if flavour == "upy" else "ipykernel"
    out = []
    for p in children:
        try:
            if any(want in part for part in p.cmdline()[:4]):
                out.append(p.pid)
        except psutil.Error:
            pass
    return out


def servers(hub):
    """student name -> their single-user server's pid."""
    found = {}
    for p in psutil.Process(hub.proc.pid).children(recursive=True):
        try:
            if "jupyterhub-singleuser" in " ".join(p.cmdline()[:2]):
                found[p.environ().get("JUPYTERHUB_USER", str(p.pid))] = p.pid
        except psutil.Error:
            pass
    return found


class Barrier:
    def __init__(self, n):
        self.n, self.count, self.event = n, 0, asyncio.Event()

    async def wait(self):
        self.count += 1
        if self.count >= self.n:
            self.event.set()
        await self.event.wait()


async def one_student(http, hub, name, notebooks, kernel, ready, measured, stats, think, protocol):
    """Sign in, start the server, then each notebook of the assignment: open
    it, run all its cells, close it. Every student's first kernel is up and
    idle before anyone runs a cell, for the memory figures."""
    s = Student(http, hub.url, name, PASSWORD, protocol=protocol)
    try:
        await s.sign_in()
        await s.start_server()
    except Exception as e:
        stats["failures"].append(f"{name} sign-in/start: {e}")
        await ready.wait()
        return
    first = True
    for path in notebooks:
        try:
            cells = await s.open_notebook(path, kernel)
        except Exception as e:
            stats["failures"].append(f"{name} open {path}: {e}")
            cells = None
        if first:
            await ready.wait()
            await measured.wait()
            first = False
        for code in cells or []:
            await asyncio.sleep(think * random.uniform(0.5, 1.5))
            try:
                latency, status, _, error = await s.execute(code)
            except Exception as e:
                stats["failures"].append(f"{name} {path}: {e}")
                break
            stats["latency"].append(latency)
            for leg, value in s.trace.items():
                stats["legs"].setdefault(leg, []).append(value)
            if status != "ok":
                stats["failures"].append(f"{name} {path}: {error and error.get('ename')}: {error and error.get('evalue')}")
        await s.close()
        s.ws, s.kernel_id = None, None


async def runaway(http, hub, path, kernel, ready, measured, stats, protocol):
    """One more student whose cell never ends, while the class works."""
    s = Student(http, hub.url, "runaway", PASSWORD, protocol=protocol)
    try:
        await s.sign_in()
        await s.start_server()
        await s.open_notebook(path, kernel)
    except Exception as e:
        stats["runaway"] = ("could not start", str(e), 0.0)
        await ready.wait()
        return
    await ready.wait()
    await measured.wait()
    started = time.monotonic()
    try:
        latency, status, _, error = await s.execute("x = 0\nwhile True:\n    x += 1", timeout=120)
        stats["runaway"] = (status, error and error.get("evalue"), time.monotonic() - started)
    except Exception as e:
        stats["runaway"] = ("no reply", str(e), time.monotonic() - started)
    await s.close()


async def flavour_pass(hub, students, flavour, notebooks, kernel, with_runaway, think, protocol):
    stats = {"latency": [], "legs": {}, "failures": [], "runaway": None}
    ready = Barrier(len(students) + (1 if with_runaway else 0))
    measured = asyncio.Event()
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=60, sock_read=300)
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=0)) as http:
        tasks = [
            asyncio.create_task(one_student(http, hub, n, notebooks, kernel, ready, measured, stats, think, protocol))
            for n in students
        ]
        if with_runaway:
            tasks.append(
                asyncio.create_task(runaway(http, hub, notebooks[0], kernel, ready, measured, stats, protocol))
            )
        await ready.event.wait()
        await asyncio.sleep(3)
        stats["memory"] = measure(hub, flavour)
        measured.set()
        host = HostLoad(hub)
        started = time.monotonic()
        await asyncio.gather(*tasks)
        stats["wall"] = time.monotonic() - started
        stats["host"] = host.end()
    return stats


def cpu_seconds(proc):
    """CPU time of a process and of its children it has reaped (a closed
    kernel's time lands in its server's)."""
    t = proc.cpu_times()
    return t.user + t.system + t.children_user + t.children_system


class HostLoad:
    """What the CPUs did during a pass: busy and steal from /proc/stat, the
    lab's processes and this client from their own CPU times."""

    def __init__(self, hub):
        self.hub = hub
        self.stat = self.read_stat()
        self.load = os.getloadavg()
        self.lab = self.lab_seconds()
        self.me = cpu_seconds(psutil.Process())
        self.started = time.monotonic()

    @staticmethod
    def read_stat():
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
        # user nice system idle iowait irq softirq steal (guest is in user)
        total = sum(fields[:8])
        return total, fields[3] + fields[4], fields[7] if len(fields) > 7 else 0

    def lab_seconds(self):
        seen = 0.0
        try:
            hub = psutil.Process(self.hub.proc.pid)
            procs = [hub] + hub.children(recursive=True)
        except psutil.Error:
            return 0.0
        for p in procs:
            try:
                t = p.cpu_times()
                # Children's reaped time only for the hub's own children
                # (servers, proxy) and the servers' (kernels): not twice.
                seen += t.user + t.system
                if p.pid != hub.pid:
                    seen += t.children_user + t.children_system
            except psutil.Error:
                pass
        return seen

    def end(self):
        total0, idle0, steal0 = self.stat
        total1, idle1, steal1 = self.read_stat()
        ticks = max(total1 - total0, 1)
        hz = os.sysconf("SC_CLK_TCK")
        wall = time.monotonic() - self.started
        capacity = wall * psutil.cpu_count()
        return {
            "load": (self.load[0], os.getloadavg()[0]),
            "busy": 1 - (idle1 - idle0) / ticks,
            "steal": (steal1 - steal0) / ticks,
            "lab": (self.lab_seconds() - self.lab) / capacity,
            "client": (cpu_seconds(psutil.Process()) - self.me) / capacity,
            "busy_seconds": (ticks - (idle1 - idle0)) / hz,
        }


def measure(hub, flavour):
    by_student = servers(hub)
    kernel_rss, kernel_uss, student_rss = [], [], []
    for name, pid in by_student.items():
        ks = kernels_of(pid, flavour)
        k = sum(rss(p) for p in ks)
        kernel_rss += [rss(p) for p in ks]
        kernel_uss += [uss(p) for p in ks]
        student_rss.append(rss(pid) + k)
    proxy = [p for p in psutil.Process(hub.proc.pid).children() if "configurable-http-proxy" in " ".join(p.cmdline()[:3])
             or "node" in p.name()]
    return {
        "hub": rss(hub.proc.pid),
        "proxy": sum(rss(p.pid) for p in proxy),
        "kernels": kernel_rss,
        "kernels_uss": kernel_uss,
        "students": student_rss,
    }


def report(flavour, n, s):
    lat = [x * 1000 for x in s["latency"]]
    m = s["memory"]
    k = m["kernels"]
    h = s["host"]
    print(f"\n{flavour}: {n} students, {len(lat)} cells in {s['wall']:.1f} s")
    print(f"  host load      load average {h['load'][0]:.1f} -> {h['load'][1]:.1f}; CPUs {100 * h['busy']:.0f}% busy:"
          f" the lab {100 * h['lab']:.0f}%, this client {100 * h['client']:.0f}%,"
          f" other work {100 * max(h['busy'] - h['lab'] - h['client'], 0):.0f}%; steal {100 * h['steal']:.1f}%")
    print(f"  cell latency   p50 {percentile(lat, 50):7.1f} ms   p99 {percentile(lat, 99):7.1f} ms   max {max(lat, default=0):7.1f} ms")
    for leg, label in (("to_kernel", "to the kernel"), ("in_kernel", "in the kernel"), ("back", "back")):
        v = [x * 1000 for x in s["legs"].get(leg, [])]
        if v:
            print(f"    {label:13}  p50 {percentile(v, 50):7.1f} ms   p99 {percentile(v, 99):7.1f} ms")
    if s["legs"].get("iopub"):
        print(f"  iopub/cell     {statistics.mean(s['legs']['iopub']):7.1f} messages (mean), {max(s['legs']['iopub'])} max")
    print(f"  hub RSS        {m['hub'] / MB:7.1f} MB  (proxy {m['proxy'] / MB:.1f} MB)")
    if m["students"]:
        print(f"  RSS/student    {statistics.mean(m['students']) / MB:7.1f} MB  (server + idle kernel)")
    if k:
        print(f"  idle kernel    {statistics.mean(k) / MB:7.1f} MB RSS mean, {max(k) / MB:.1f} MB max ({len(k)} kernels);"
              f" {statistics.mean(m['kernels_uss']) / MB:.1f} MB its own (USS)")
    print(f"  failures       {len(s['failures'])}")
    for f in s["failures"][:10]:
        print(f"    {f}")
    if s.get("runaway"):
        status, why, took = s["runaway"]
        print(f"  runaway cell   {status} after {took:.1f} s: {why}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--students", type=int, default=30)
    ap.add_argument("--flavours", default="upy,ipykernel")
    ap.add_argument("--think", type=float, default=1.0, help="seconds a student pauses between cells (mean)")
    ap.add_argument("--keep", action="store_true", help="keep the state folder (hub log, homes)")
    ap.add_argument("--protocol", choices=("v1", "json"), default="v1",
                    help="the kernel websocket protocol: v1 as JupyterLab speaks it, or the older JSON one")
    args = ap.parse_args()

    state = tempfile.mkdtemp(prefix="upy-lab-bench-")
    assignment = os.path.join(state, "assignment")
    shutil.copytree(os.path.join(LAB, "source"), os.path.join(assignment, "upy"))
    shutil.copytree(os.path.join(LAB, "bench", "cpython"), os.path.join(assignment, "cpython"))
    students = [f"s{i:03d}" for i in range(1, args.students + 1)]
    upy_notebooks = sorted(f"assignment/upy/{n}" for n in os.listdir(os.path.join(assignment, "upy")))
    passes = {
        "upy": (upy_notebooks, "micropython", True),
        "ipykernel": (["assignment/cpython/assignment.ipynb"], "python3", False),
    }
    env = {"UPY_LAB_NOTEBOOKS": assignment}
    protocol = V1 if args.protocol == "v1" else None
    print(f"lab load test: {args.students} students, {psutil.cpu_count()} CPUs, think time {args.think} s, "
          f"{args.protocol} websocket protocol, load average {os.getloadavg()[0]:.1f} before, state {state}")
    try:
        with LabHub(state, students + ["runaway"], env=env) as hub:
            results = {}
            for flavour in args.flavours.split(","):
                notebooks, kernel, with_runaway = passes[flavour]
                results[flavour] = asyncio.run(
                    flavour_pass(hub, students, flavour, notebooks, kernel, with_runaway, args.think, protocol)
                )
                report(flavour, args.students, results[flavour])
    finally:
        if not args.keep:
            shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    main()
