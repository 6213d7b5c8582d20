"""A student of the lab, driven over JupyterHub's REST API and the Jupyter
kernel websocket, as a browser would: sign in, start the server, open a
notebook of the assignment, run cells. Used by the CI test
(lab/tests/test_hub.py) and the load test (lab/bench/load.py).
"""

import asyncio
import json
import time
import uuid


class HubError(Exception):
    pass


class Student:
    def __init__(self, http, hub_url, name, password):
        self.http = http  # an aiohttp.ClientSession
        self.hub = hub_url.rstrip("/")
        self.name = name
        self.password = password
        self.token = None
        self.session_id = uuid.uuid4().hex
        self.ws = None
        self.kernel_id = None

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
            ws_url, params={"session_id": self.session_id}, headers=self.headers, max_msg_size=0, heartbeat=None
        )
        return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                for c in model["content"]["cells"] if c["cell_type"] == "code"]

    async def execute(self, code, timeout=120):
        """Run one cell over the websocket: (seconds to the reply, status,
        stdout, error or None)."""
        msg_id = uuid.uuid4().hex
        msg = {
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": self.name,
                       "session": self.session_id, "date": "", "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True},
        }
        started = time.perf_counter()
        await self.ws.send_str(json.dumps(msg))
        reply, idle, out, error = None, False, [], None
        deadline = time.monotonic() + timeout
        while reply is None or not idle:
            left = deadline - time.monotonic()
            if left <= 0:
                raise HubError(f"{self.name}: no reply to a cell in {timeout} s")
            frame = await self.ws.receive(timeout=left)
            if frame.type != 1:  # aiohttp.WSMsgType.TEXT
                raise HubError(f"{self.name}: websocket closed ({frame.type})")
            m = json.loads(frame.data)
            if m.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = m["header"]["msg_type"]
            if kind == "execute_reply":
                reply = m["content"]
                latency = time.perf_counter() - started
            elif kind == "stream" and m["content"].get("name") == "stdout":
                out.append(m["content"]["text"])
            elif kind == "error":
                error = m["content"]
            elif kind == "status" and m["content"]["execution_state"] == "idle":
                idle = True
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
