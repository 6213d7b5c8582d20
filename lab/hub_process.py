"""The lab's hub as a process on this host: `jupyterhub -f
lab/jupyterhub_config.py` on free loopback ports, with its own state folder
and roster, for the CI test and the load test."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
PASSWORD = "lab-test-password-1234"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LabHub:
    def __init__(self, state, students, env=None, log=None):
        self.state = state
        self.students = students
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = dict(
            os.environ,
            UPY_LAB_URL=self.url,
            UPY_LAB_HUB_PORT=str(free_port()),
            UPY_LAB_PROXY_API_PORT=str(free_port()),
            UPY_LAB_STATE=state,
            UPY_LAB_PASSWORD=PASSWORD,
            UPY_LAB_STUDENTS=",".join(students),
            UPY_LAB_LOG_LEVEL="WARN",
            **(env or {}),
        )
        self.log_path = log or os.path.join(state, "hub.log")
        self.proc = None

    def __enter__(self):
        os.makedirs(self.state, exist_ok=True)
        hub = os.path.join(os.path.dirname(sys.executable), "jupyterhub")
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [hub, "-f", os.path.join(HERE, "jupyterhub_config.py")],
            cwd=self.state, env=self.env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the hub exited ({self.proc.returncode}):\n{self.tail()}")
            try:
                with urllib.request.urlopen(self.url + "/hub/api", timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                pass
            time.sleep(0.3)
        self.__exit__(None, None, None)
        raise RuntimeError(f"the hub did not answer in 300 s:\n{self.tail()}")

    def tail(self, lines=40):
        try:
            with open(self.log_path) as f:
                return "".join(f.readlines()[-lines:])
        except OSError:
            return ""

    def pids(self):
        """The hub and everything it started (proxy, servers, kernels)."""
        out = subprocess.run(["ps", "-e", "-o", "pid=,sid="], capture_output=True, text=True).stdout
        return [int(p) for p, s in (line.split() for line in out.splitlines()) if int(s) == self.proc.pid]

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # the hub stops the servers it started
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                pass
        # Anything of this hub's session still running (its own new session).
        if self.proc:
            for pid in self.pids():
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        if getattr(self, "log", None):
            self.log.close()
        return False
