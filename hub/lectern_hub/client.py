"""A browser's view of a student's server behind the hub: the Jupyter server's REST API (contents, sessions) and the
kernel's websocket channels, as the notebook frontend uses them. Every wait is bounded."""
import asyncio
import json
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import quote

from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect


class HubError(RuntimeError):
    """A request to the hub or a server answered with an error."""


async def request(url: str, token: str, method: str = "GET", body=None, timeout: float = 60, expect_error=False):
    """One REST call with a token; returns (status, parsed JSON or None)."""
    req = HTTPRequest(url, method=method, headers={"Authorization": f"token {token}"},
                      body=None if body is None else json.dumps(body), request_timeout=timeout,
                      allow_nonstandard_methods=True)
    try:
        response = await AsyncHTTPClient().fetch(req)
    except HTTPClientError as e:
        if expect_error:
            return e.code, None
        text = e.response.body.decode(errors="replace")[:300] if e.response is not None else ""
        raise HubError(f"{method} {url}: HTTP {e.code} {text}") from None
    text = response.body.decode() if response.body else ""
    return response.code, (json.loads(text) if text.strip() else None)


@dataclass
class CellRun:
    """What came back for one cell: the reply and every output, in arrival order."""

    index: int
    status: str = "timeout"
    execution_count: int | None = None
    outputs: list = field(default_factory=list)
    order_errors: list = field(default_factory=list)
    seconds: float = 0.0
    late_outputs: int = 0  # outputs of the cell that came after its idle status (a frontend drops them)

    def signature(self) -> dict:
        """What must be the same as when the notebook runs alone: the reply status, the kinds of output in order
        (consecutive stream chunks of one stream merged, updates of displays left out since their number depends on
        timing), and the number of lines each stream printed."""
        kinds, lines = [], {}
        for out in self.outputs:
            kind = out["output_type"]
            if kind == "stream":
                lines[out["name"]] = lines.get(out["name"], 0) + out["text"].count("\n")
                key = f"stream:{out['name']}"
            elif kind in ("display_data", "execute_result"):
                key = f"{kind}:{','.join(sorted(out['data']))}"
            elif kind == "error":
                key = f"error:{out['ename']}"
            else:
                continue
            if not kinds or kinds[-1] != key or kind != "stream":
                kinds.append(key)
        return {"status": self.status, "outputs": kinds, "lines": lines}

    def text(self) -> str:
        """Everything the cell printed, streams joined in order."""
        return "".join(out["text"] for out in self.outputs if out["output_type"] == "stream")


class KernelSession:
    """One notebook session: a kernel started through the sessions API and its websocket, executing cells in turn."""

    def __init__(self, server_url: str, token: str):
        self.server_url = server_url.rstrip("/")
        self.token = token
        self.session_id = uuid.uuid4().hex
        self.kernel_id = None
        self.ws = None
        self.runs = {}
        self.reader = None

    async def start(self, path: str, kernel_name: str = "lectern", timeout: float = 120):
        _, session = await request(f"{self.server_url}/api/sessions", self.token, "POST",
                                   {"path": path, "type": "notebook", "name": path, "kernel": {"name": kernel_name}}, timeout)
        self.kernel_id = session["kernel"]["id"]
        ws_url = self.server_url.replace("http", "ws", 1) + f"/api/kernels/{self.kernel_id}/channels?session_id={self.session_id}"
        self.ws = await websocket_connect(HTTPRequest(ws_url, headers={"Authorization": f"token {self.token}"},
                                                      connect_timeout=timeout, request_timeout=timeout),
                                          max_message_size=256 << 20)
        # The kernel is ready once it answers kernel_info (the frontend asks the same).
        deadline = time.monotonic() + timeout
        while True:
            msg_id = self._send("kernel_info_request", {})
            try:
                while True:
                    msg = await self._receive(min(5, max(0.1, deadline - time.monotonic())))
                    if msg["msg_type"] == "kernel_info_reply" and msg["parent_header"].get("msg_id") == msg_id:
                        return self.kernel_id
            except asyncio.TimeoutError:
                if time.monotonic() > deadline:
                    raise HubError(f"kernel {self.kernel_id} did not answer kernel_info within {timeout:.0f} s") from None

    def _send(self, msg_type: str, content: dict, channel: str = "shell") -> str:
        msg_id = uuid.uuid4().hex
        self.ws.write_message(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": msg_type, "username": "load-test", "session": self.session_id,
                       "date": "", "version": "5.3"},
            "parent_header": {}, "metadata": {}, "content": content, "channel": channel, "buffers": []}))
        return msg_id

    async def _receive(self, timeout: float) -> dict:
        text = await asyncio.wait_for(self.ws.read_message(), timeout)
        if text is None:
            raise HubError("the kernel's websocket closed")
        if isinstance(text, bytes):  # a binary message (buffers): its JSON parts are not needed here
            return {"msg_type": "binary", "parent_header": {}, "channel": "", "content": {}}
        return json.loads(text)

    async def execute(self, index: int, code: str, timeout: float) -> CellRun:
        """Runs one cell; checks the order the frontend relies on: busy, execute_input, outputs, idle on iopub, and
        one execute_reply on shell; returns once both the reply and idle have come (or the timeout). Messages of the
        cell that come later are still collected (see late_outputs) until the session closes."""
        run = CellRun(index)
        run.state = {"busy": False, "input": False, "idle": False, "replied": False}
        run.done = asyncio.Event()
        start = time.monotonic()
        msg_id = self._send("execute_request", {"code": code, "silent": False, "store_history": True,
                                                "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        self.runs[msg_id] = run
        if self.reader is not None and self.reader.done():
            run.order_errors.append("the websocket had ended before the cell was sent")
            return run
        if self.reader is None:
            self.reader = asyncio.ensure_future(self._read_all())
        try:
            await asyncio.wait_for(run.done.wait(), timeout)
        except asyncio.TimeoutError:
            missing = "idle" if not run.state["idle"] else "execute_reply"
            run.order_errors.append(f"no {missing} within {timeout:.0f} s")
        run.seconds = time.monotonic() - start
        return run

    async def _read_all(self):
        """Routes every message to its cell by the parent's msg_id, for as long as the websocket is open."""
        while True:
            try:
                msg = await self._receive(3600)
            except Exception as e:  # noqa: BLE001 (closed or timed out: every cell still waiting ends, saying why)
                for run in self.runs.values():
                    if not run.done.is_set():
                        run.order_errors.append(f"the websocket ended before the cell did: {e}")
                        run.done.set()
                return
            run = self.runs.get(msg.get("parent_header", {}).get("msg_id"))
            if run is not None:
                self._route(run, msg)

    @staticmethod
    def _route(run: CellRun, msg: dict):
        state, kind, content = run.state, msg["msg_type"], msg["content"]
        if msg["channel"] == "shell" and kind == "execute_reply":
            run.status, run.execution_count, state["replied"] = content["status"], content.get("execution_count"), True
        elif msg["channel"] != "iopub":
            return
        elif kind == "status":
            if content["execution_state"] == "busy":
                state["busy"] = True
            elif content["execution_state"] == "idle":
                state["idle"] = True
        elif kind == "execute_input":
            state["input"] = True
            if not state["busy"]:
                run.order_errors.append("execute_input before busy")
        elif kind in ("stream", "display_data", "update_display_data", "execute_result", "error", "clear_output"):
            if not state["input"]:
                run.order_errors.append(f"{kind} before execute_input")
            if state["idle"]:
                run.late_outputs += 1
            run.outputs.append({"output_type": kind, **content})
        if state["idle"] and state["replied"]:
            run.done.set()

    async def settle(self, seconds: float = 2.0):
        """Waits a moment for messages that come late (after their cell's idle status)."""
        await asyncio.sleep(seconds)

    async def close(self):
        if self.reader is not None:
            self.reader.cancel()
        if self.ws is not None:
            self.ws.close()
        if self.kernel_id:
            await request(f"{self.server_url}/api/kernels/{self.kernel_id}", self.token, "DELETE", expect_error=True)


def notebook_url(base: str, user: str) -> str:
    """The user's server behind the hub's proxy."""
    return f"{base.rstrip('/')}/user/{quote(user)}"
