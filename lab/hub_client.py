"""A student of the lab, driven over JupyterHub's REST API and the Jupyter
kernel websocket, as a browser would: sign in, start the server, open a
notebook of the assignment, run cells. Used by the CI test
(lab/tests/test_hub.py) and the load test (lab/bench/load.py).
"""

import asyncio
import datetime
import json
import re
import time
import uuid

# JupyterLab's kernel websocket protocol: the server relays the kernel's
# frames as they are, where the JSON protocol makes it parse and re-encode
# every message.
V1 = "v1.kernel.websocket.jupyter.org"


class HubError(Exception):
    pass


def to_v1(channel, parts):
    """A message as v1 frames: offsets, channel, then header, parent,
    metadata and content."""
    channel = channel.encode()
    offsets = [8 * (1 + 1 + len(parts) + 1)]
    offsets.append(offsets[-1] + len(channel))
    for part in parts:
        offsets.append(offsets[-1] + len(part))
    head = len(offsets).to_bytes(8, "little") + b"".join(o.to_bytes(8, "little") for o in offsets)
    return head + channel + b"".join(parts)


def from_v1(data):
    """(channel, message dict) from v1 frames."""
    n = int.from_bytes(data[:8], "little")
    offsets = [int.from_bytes(data[8 * (i + 1) : 8 * (i + 2)], "little") for i in range(n)]
    channel = data[offsets[0] : offsets[1]].decode()
    parts = [data[offsets[i] : offsets[i + 1]] for i in range(1, n - 1)]
    names = ("header", "parent_header", "metadata", "content")
    return channel, {k: json.loads(v) for k, v in zip(names, parts)}


def epoch(date):
    """Seconds since the epoch of a message's ISO date (the kernel's clock is
    this host's: the load test runs on one host), or None."""
    if not isinstance(date, str) or not date:
        return None
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)?$", date)
    if not m:
        return None
    base = datetime.datetime.fromisoformat(m.group(1))
    zone = m.group(3) or "Z"
    tz = datetime.timezone.utc if zone == "Z" else datetime.datetime.strptime(zone.replace(":", ""), "%z").tzinfo
    return base.replace(tzinfo=tz).timestamp() + float("0." + (m.group(2) or "0"))


class Student:
    def __init__(self, http, hub_url, name, password, protocol=V1):
        self.http = http  # an aiohttp.ClientSession
        self.hub = hub_url.rstrip("/")
        self.name = name
        self.password = password
        self.token = None
        self.session_id = uuid.uuid4().hex
        self.ws = None
        self.kernel_id = None
        # V1 (as JupyterLab) or None: the JSON protocol (older clients).
        self.protocol = protocol
        # Of the last cell: where its time went, and its iopub messages.
        self.trace = {}

    @property
    def headers(self):
        return {"Authorization": f"token {self.token}"} if self.token else {}

    async def _json(self, method, url, expect=(200, 201, 202, 204), **kw):
        async with self.http.request(method, url, headers=self.headers, **kw) as r:
            text = await r.text()
            if r.status not in expect:
                raise HubError(f"{self.name}: {method} {url} -> {r.status} {text[:200]}")
            return json.loads(text) if text.strip() else None

    async def sign_in(self):
        """A token for this student, from their name and password (the
        hub's authenticator checks them)."""
        body = {"auth": {"username": self.name, "password": self.password}, "note": "lab client", "expires_in": 3600}
        reply = await self._json("POST", f"{self.hub}/hub/api/users/{self.name}/tokens", json=body)
        self.token = reply["token"]

    async def start_server(self, timeout=300):
        await self._json("POST", f"{self.hub}/hub/api/users/{self.name}/server", expect=(201, 202, 400))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            user = await self._json("GET", f"{self.hub}/hub/api/users/{self.name}")
            server = user.get("servers", {}).get("")
            if server and server.get("ready"):
                return
            await asyncio.sleep(0.5)
        raise HubError(f"{self.name}: server not ready after {timeout} s")

    def api(self, path):
        return f"{self.hub}/user/{self.name}/api/{path}"

    async def open_notebook(self, path, kernel):
        """What opening a notebook in JupyterLab does: read it, then start
        its session (and kernel). Returns the notebook's code cells."""
        model = await self._json("GET", self.api(f"contents/{path}"), params={"content": "1"})
        session = await self._json(
            "POST", self.api("sessions"), json={"path": path, "name": path, "type": "notebook", "kernel": {"name": kernel}}
        )
        self.kernel_id = session["kernel"]["id"]
        ws_url = self.api(f"kernels/{self.kernel_id}/channels").replace("http", "ws", 1)
        self.ws = await self.http.ws_connect(
            ws_url,
            params={"session_id": self.session_id},
            headers=self.headers,
            max_msg_size=0,
            heartbeat=None,
            protocols=(self.protocol,) if self.protocol else (),
        )
        return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                for c in model["content"]["cells"] if c["cell_type"] == "code"]

    async def execute(self, code, timeout=120):
        """Run one cell over the websocket: (seconds to the reply, status,
        stdout, error or None). `self.trace` then holds where the time went,
        from the dates the kernel stamps (the reply's header date, and the
        `started` of its metadata, as ipykernel and upy give it), and how
        many iopub messages the cell cost."""
        msg_id = uuid.uuid4().hex
        header = {"msg_id": msg_id, "msg_type": "execute_request", "username": self.name,
                  "session": self.session_id, "date": datetime.datetime.now(datetime.timezone.utc).isoformat(),
                  "version": "5.3"}
        content = {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                   "allow_stdin": False, "stop_on_error": True}
        v1 = self.ws.protocol == V1
        sent_at = time.time()
        started = time.perf_counter()
        if v1:
            parts = [json.dumps(x).encode() for x in (header, {}, {}, content)]
            await self.ws.send_bytes(to_v1("shell", parts))
        else:
            msg = {"header": header, "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                   "content": content}
            await self.ws.send_str(json.dumps(msg))
        reply, idle, out, error = None, False, [], None
        iopub = 0
        deadline = time.monotonic() + timeout
        while reply is None or not idle:
            left = deadline - time.monotonic()
            if left <= 0:
                raise HubError(f"{self.name}: no reply to a cell in {timeout} s")
            frame = await self.ws.receive(timeout=left)
            if frame.type == 2:  # aiohttp.WSMsgType.BINARY
                channel, m = from_v1(frame.data)
            elif frame.type == 1:  # aiohttp.WSMsgType.TEXT
                m = json.loads(frame.data)
                channel = m.get("channel")
            else:
                raise HubError(f"{self.name}: websocket closed ({frame.type})")
            if (m.get("parent_header") or {}).get("msg_id") != msg_id:
                continue
            kind = m["header"]["msg_type"]
            iopub += channel == "iopub"
            if kind == "execute_reply":
                reply = m["content"]
                latency = time.perf_counter() - started
                received_at = time.time()
                kernel_started = epoch((m.get("metadata") or {}).get("started"))
                replied = epoch(m["header"].get("date"))
            elif kind == "stream" and m["content"].get("name") == "stdout":
                out.append(m["content"]["text"])
            elif kind == "error":
                error = m["content"]
            elif kind == "status" and m["content"]["execution_state"] == "idle":
                idle = True
        self.trace = {"iopub": iopub}
        if kernel_started is not None and replied is not None:
            self.trace.update(to_kernel=kernel_started - sent_at, in_kernel=replied - kernel_started,
                              back=received_at - replied)
        return latency, reply["status"], "".join(out), error

    async def close(self):
        if self.ws is not None:
            await self.ws.close()
        if self.kernel_id:
            try:
                await self._json("DELETE", self.api(f"kernels/{self.kernel_id}"))
            except Exception:
                pass

    async def stop_server(self):
        await self._json("DELETE", f"{self.hub}/hub/api/users/{self.name}/server", expect=(202, 204, 400))
