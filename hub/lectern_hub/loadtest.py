"""./lectern hub --load-test N: a real JupyterHub on 127.0.0.1 with N test users, each running a notebook through the
hub as a browser would, all at once; then what one student tries against another, the per-student memory limits and
the CPU fairness between two students. Everything it creates (users, groups, files, processes, control groups) is
removed at the end; every wait is bounded."""
import argparse
import asyncio
import dataclasses
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tornado.httpclient import AsyncHTTPClient

from . import cli
from .cgroups import PARENT, StudentGroups
from .client import HubError, KernelSession, notebook_url, request
from .settings import HubSettings, size_bytes

PROBE_LINES = 2000
KERNEL_MAIN = "org.lectern.kernel.KernelMain"


def free_port_block(count=3, start=18000, end=19000) -> int:
    """A port p with p..p+count-1 free on 127.0.0.1 (proxy, its API, the hub)."""
    for port in range(start, end, 10):
        sockets = []
        try:
            for offset in range(count):
                s = socket.socket()
                sockets.append(s)
                s.bind(("127.0.0.1", port + offset))
            return port
        except OSError:
            continue
        finally:
            for s in sockets:
                s.close()
    raise RuntimeError(f"no {count} free ports between {start} and {end} on 127.0.0.1")


class MemorySampler(threading.Thread):
    """Polls /proc twice a second: each test kernel's peak VmRSS, and the machine's used memory (MemTotal -
    MemAvailable) at its peak. Stops when told, or after max_seconds."""

    def __init__(self, uids: dict, max_seconds: float):
        super().__init__(daemon=True)
        self.uids = uids  # uid -> user name
        self.max_seconds = max_seconds
        self.stop_event = threading.Event()
        self.kernel_peaks = {}  # pid -> {"user", "peak_rss_mib"}
        self.machine_baseline_mib = used_memory_mib()
        self.machine_peak_mib = self.machine_baseline_mib

    def run(self):
        deadline = time.monotonic() + self.max_seconds
        while not self.stop_event.wait(0.5) and time.monotonic() < deadline:
            self.machine_peak_mib = max(self.machine_peak_mib, used_memory_mib())
            for pid, uid in processes(set(self.uids)):
                try:
                    if KERNEL_MAIN not in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
                        continue
                    rss = rss_mib(pid)
                except OSError:
                    continue
                entry = self.kernel_peaks.setdefault(pid, {"user": self.uids[uid], "peak_rss_mib": 0})
                entry["peak_rss_mib"] = max(entry["peak_rss_mib"], rss)

    def stop(self):
        self.stop_event.set()
        self.join(5)


def used_memory_mib() -> int:
    info = {}
    for line in Path("/proc/meminfo").read_text().splitlines():
        name, value = line.split(":", 1)
        info[name] = int(value.split()[0])
    return (info["MemTotal"] - info["MemAvailable"]) // 1024


def rss_mib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return 0


def processes(uids: set):
    """(pid, uid) of every process owned by one of the uids."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                uid = entry.stat().st_uid
            except OSError:
                continue
            if uid in uids:
                yield int(entry.name), uid


def code_cells(notebook: Path) -> list[str]:
    cells = json.loads(notebook.read_text())["cells"]
    return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in cells if c["cell_type"] == "code"]


def probe_cell() -> str:
    """A last cell whose every line must arrive, in order."""
    return f'for (int i = 1; i <= {PROBE_LINES}; i++) System.out.println("line " + i);'


def probe_text() -> str:
    return "".join(f"line {i}\n" for i in range(1, PROBE_LINES + 1))


class LoadTest:
    """One run: the hub, the users, the phases, the report."""

    def __init__(self, n: int, args, base: HubSettings):
        self.n = n
        self.args = args
        self.tag = f"lt{os.getpid() % 100000}"
        self.temp = Path(tempfile.mkdtemp(prefix="lectern-hub-load-"))
        self.temp.chmod(0o755)
        self.port = free_port_block()
        self.settings = dataclasses.replace(
            base, port=self.port, share_dir=str(self.temp / "share"), kernels_dir=str(self.temp / "share/jupyter/kernels"),
            state_dir=str(self.temp / "state"), student_group=f"{self.tag}-students",
            instructor_group=f"{self.tag}-instructors", test_password=secrets.token_hex(16))
        self.token = secrets.token_hex(24)
        self.users = [f"{self.tag}-s{i:02d}" for i in range(1, n + 1)]
        self.instructor = f"{self.tag}-teach"
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.user_tokens = {}
        self.hub = None
        self.report = {"students": n, "notebook": str(args.notebook), "quick": not args.full,
                       "settings": {k: v for k, v in dataclasses.asdict(self.settings).items() if k != "test_password"},
                       "failures": []}

    def fail(self, what: str):
        self.report["failures"].append(what)
        print(f"lectern hub load test: FAIL {what}", flush=True)

    def say(self, what: str):
        print(f"lectern hub load test: {what}", flush=True)

    # --- setup and teardown ----------------------------------------------------------------------------------------
    def setup(self):
        cli.install(self.settings)
        for user in self.users:
            cli.add_user(user, self.settings.student_group, None)
        cli.add_user(self.instructor, self.settings.instructor_group, None)
        env = {**os.environ, "LECTERN_HUB_TEST_TOKEN": self.token}
        for field in dataclasses.fields(self.settings):
            env["LECTERN_HUB_" + field.name.upper()] = str(getattr(self.settings, field.name))
        if not self.args.full:
            env["LECTERN_QUICK"] = "1"
        Path(self.settings.state_dir).mkdir(parents=True, exist_ok=True)
        self.hub_log = open(self.temp / "hub.log", "w")
        self.hub = subprocess.Popen(["jupyterhub", "-f", str(cli.CONFIG)], cwd=self.settings.state_dir, env=env,
                                    stdout=self.hub_log, stderr=subprocess.STDOUT, start_new_session=True)

    def teardown(self):
        if self.hub is not None and self.hub.poll() is None:
            os.killpg(self.hub.pid, signal.SIGTERM)
            try:
                self.hub.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.hub.pid, signal.SIGKILL)
                self.hub.wait(10)
        uids = {}
        for user in self.users + [self.instructor]:
            try:
                uids[pwd.getpwnam(user).pw_uid] = user
            except KeyError:
                pass
        for _ in range(3):  # servers and kernels the hub did not stop; by pid, theirs only
            left = list(processes(set(uids)))
            for pid, _uid in left:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            if not left:
                break
            time.sleep(1)
        groups = StudentGroups(self.settings.cpu_shares, self.settings.student_memory_bytes)
        for user in uids.values():
            groups.remove(user)
            subprocess.run(["userdel", "--remove", user], stderr=subprocess.DEVNULL, check=False)
        for group in (self.settings.student_group, self.settings.instructor_group):
            subprocess.run(["groupdel", group], stderr=subprocess.DEVNULL, check=False)
        try:
            (self.temp / "hub.log").replace(self.args.out / "hub.log")
        except OSError:
            pass
        shutil.rmtree(self.temp, ignore_errors=True)

    # --- the hub ---------------------------------------------------------------------------------------------------
    async def wait_for_hub(self, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.hub.poll() is not None:
                raise RuntimeError(f"the hub exited with {self.hub.returncode}; see {self.args.out / 'hub.log'}")
            try:
                await request(f"{self.base_url}/hub/api/", self.token, timeout=5)
                return
            except Exception:
                await asyncio.sleep(0.5)
        raise RuntimeError(f"the hub did not answer within {timeout} s")

    async def start_server(self, user: str, timeout=240):
        api = f"{self.base_url}/hub/api/users/{user}"
        await request(api, self.token, "POST", expect_error=True)  # 409 when the user exists already
        await request(f"{api}/server", self.token, "POST", {}, timeout=timeout)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            _, model = await request(api, self.token)
            server = model.get("servers", {}).get("", {})
            if server.get("ready"):
                break
            await asyncio.sleep(1)
        else:
            raise HubError(f"{user}'s server was not ready within {timeout} s")
        _, made = await request(f"{api}/tokens", self.token, "POST", {"note": "load test"})
        self.user_tokens[user] = made["token"]

    # --- a student running the notebook -----------------------------------------------------------------------------
    async def run_notebook(self, user: str, cells: list[str], timeout: float) -> dict:
        url, token = notebook_url(self.base_url, user), self.user_tokens[user]
        notebook = json.loads(self.args.notebook.read_text())
        await request(f"{url}/api/contents/load-test.ipynb", token, "PUT",
                      {"type": "notebook", "format": "json", "content": notebook})
        start = time.monotonic()
        session = KernelSession(url, token)
        result = {"user": user, "cells": [], "error": None}
        try:
            await session.start("load-test.ipynb", timeout=300)
            for index, code in enumerate(cells):
                left = timeout - (time.monotonic() - start)
                run = await session.execute(index, code, max(1.0, min(self.args.cell_timeout, left)))
                result["cells"].append(run)
                if run.status != "ok" or run.order_errors:
                    break
            await session.settle()
        except Exception as e:  # noqa: BLE001 (a student's failure is reported, the others go on)
            result["error"] = f"{type(e).__name__}: {e}"
        finally:
            try:
                await session.close()
            except Exception:  # noqa: BLE001
                pass
        result["seconds"] = time.monotonic() - start
        return result

    def check_student(self, result: dict, reference: list | None, cell_count: int):
        user = result["user"]
        if result["error"]:
            self.fail(f"{user}: {result['error']}")
        runs = result["cells"]
        if len(runs) < cell_count:
            last = runs[-1] if runs else None
            detail = f"; cell {last.index}: {last.status} {last.order_errors} {last.text()[-300:]!r}" if last else ""
            self.fail(f"{user}: stopped after {len(runs)} of {cell_count} cells{detail}")
        counts = [r.execution_count for r in runs]
        if counts and counts != list(range(counts[0], counts[0] + len(counts))):
            self.fail(f"{user}: execution counts out of order: {counts}")
        for run in runs:
            if run.order_errors:
                self.fail(f"{user}: cell {run.index}: messages out of order: {run.order_errors}")
            if run.late_outputs:
                self.fail(f"{user}: cell {run.index}: {run.late_outputs} outputs came after the cell's idle status "
                          "(a browser would not show them under the cell)")
        if runs and len(runs) == cell_count and runs[-1].text() != probe_text():
            got = runs[-1].text().splitlines()
            expected = probe_text().splitlines()
            first = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b), min(len(got), len(expected)))
            self.fail(f"{user}: the last cell's {PROBE_LINES} lines did not all arrive in order: {len(got)} lines, the "
                      f"first wrong one is line {first + 1} ({got[first] if first < len(got) else 'missing'!r}); "
                      f"{runs[-1].late_outputs} outputs came after idle")
        if reference is not None:
            for run, expected in zip(runs, reference):
                if run.signature() != expected:
                    self.fail(f"{user}: cell {run.index}'s outputs differ from the notebook run alone: "
                              f"{run.signature()} != {expected}")

    # --- the first-login copies and the instructor's collection ----------------------------------------------------
    async def course_copies(self, students: list):
        """Students got the student edition (no solution regions), the instructor the solutions; collect hands the
        students' notebooks to the instructor, theirs alone."""
        await self.start_server(self.instructor)
        marker = "BEGIN SOLUTION"
        teacher = pwd.getpwnam(self.instructor)
        checks = []
        first = next(nb.name for nb in sorted(self.settings.instructor_notebooks.glob("*.ipynb")) if marker in nb.read_text())
        for user in students:
            copy = Path(pwd.getpwnam(user).pw_dir) / "notebooks" / first
            checks.append((f"{user} got the student edition", copy.is_file() and marker not in copy.read_text()))
        own = Path(teacher.pw_dir) / "notebooks" / first
        checks.append(("the instructor got the notebooks with solutions", own.is_file() and marker in own.read_text()))
        submissions = cli.collect(self.settings, self.instructor)
        for user in students:
            handed = submissions / user / "load-test.ipynb"
            checks.append((f"collect gave the instructor {user}'s notebook, theirs alone",
                           handed.is_file() and handed.stat().st_uid == teacher.pw_uid and handed.stat().st_mode & 0o077 == 0))
        # The instructor's server stays up: with one student it is the one the isolation checks attack.
        self.report["course_copies"] = [{"check": c, "passed": ok} for c, ok in checks]
        for what, ok in checks:
            if not ok:
                self.fail(f"course: {what}")
        self.say(f"course copies: {sum(ok for _, ok in checks)} of {len(checks)} checks passed")

    # --- what one student tries against another ------------------------------------------------------------------
    async def isolation(self):
        attacker, victim = self.users[0], self.users[1] if self.n > 1 else self.instructor
        vhome = Path(pwd.getpwnam(victim).pw_dir)
        # A kernel of the victim's to attack, and its connection file (read here as root, for the ports only).
        session = KernelSession(notebook_url(self.base_url, victim), self.user_tokens[victim])
        await session.start("load-test.ipynb", timeout=300)
        try:
            connection = vhome / ".local/share/jupyter/runtime" / f"kernel-{session.kernel_id}.json"
            info = json.loads(connection.read_text())
            marker = Path(tempfile.gettempdir()) / f"{self.tag}-intruder-ran"
            code = f'java.nio.file.Files.writeString(java.nio.file.Path.of("{marker}"), "ran");'
            notebook = vhome / "notebooks" / "load-test.ipynb"
            attempts = [
                {"what": "read another student's notebook", "action": "read", "args": [str(notebook)]},
                {"what": "list another student's notebooks", "action": "list", "args": [str(vhome / "notebooks")]},
                {"what": "change another student's notebook", "action": "write", "args": [str(notebook)]},
                {"what": "add a file to another student's notebooks", "action": "write", "args": [str(vhome / "notebooks/x.ipynb")]},
                {"what": "read another student's kernel connection file", "action": "read", "args": [str(connection)]},
                {"what": "run code in another student's kernel (a message signed with a wrong key)", "action": "kernel",
                 "args": [info["ip"], info["shell_port"], secrets.token_hex(16), code]},
                {"what": "read the instructor's solutions (installed copy)", "action": "read",
                 "args": [str(next(self.settings.instructor_notebooks.glob("*.ipynb")))]},
                {"what": "read the instructor's home", "action": "list", "args": [pwd.getpwnam(self.instructor).pw_dir]},
                {"what": "open another student's server with one's own token", "action": "http",
                 "args": [f"{notebook_url(self.base_url, victim)}/api/contents/load-test.ipynb", self.user_tokens[attacker]]},
            ]
            results = json.loads(self.as_user(attacker, attempts))
            # The positive control: the same attempt with the right key gets a reply, so "no reply" above means refused.
            control = json.loads(self.as_user("root", [{"what": "control: right key", "action": "kernel",
                                                       "args": [info["ip"], info["shell_port"], info["key"], "1 + 1"]}]))
        finally:
            await session.close()
        for item in results:
            if not item["result"].startswith("refused"):
                self.fail(f"isolation: {attacker} could {item['what']}: {item['result']}")
        if marker.exists():
            self.fail(f"isolation: the intruder's code ran in {victim}'s kernel ({marker} exists)")
            marker.unlink()
        if not control[0]["result"].startswith("ALLOWED"):
            self.fail(f"isolation: the control message signed with the right key got no reply: {control[0]['result']}")
        self.report["isolation"] = {"attacker": attacker, "victim": victim, "attempts": results, "control": control}
        self.say(f"isolation: {sum(r['result'].startswith('refused') for r in results)} of {len(results)} attempts refused; "
                 f"control with the right key: {control[0]['result']}")

    def as_user(self, user: str, attempts: list) -> str:
        # A copy in the share that every user can read: the repository may sit in a folder only root can enter.
        probe = Path(self.settings.share_dir) / "probe.py"
        if not probe.is_file():
            shutil.copyfile(Path(__file__).with_name("probe.py"), probe)
            probe.chmod(0o644)
        command = ["/usr/bin/python3", str(probe), json.dumps(attempts)]
        if user != "root":
            command = ["runuser", "-u", user, "--"] + command
        done = subprocess.run(command, env={"PATH": os.environ["PATH"]},
                              cwd="/", capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"the probe as {user} failed: {done.stderr[-500:]}")
        return done.stdout

    # --- per-student limits ------------------------------------------------------------------------------------------
    async def limits(self):
        user = self.users[0]
        session = KernelSession(notebook_url(self.base_url, user), self.user_tokens[user])
        await session.start("load-test.ipynb", timeout=300)
        heap, native = size_bytes(self.settings.heap), size_bytes(self.settings.native)
        checks = []
        try:
            heap_cell = await session.execute(0, "Runtime.getRuntime().maxMemory() / 1048576", 60)
            shown = re.findall(r"\d+", json.dumps(heap_cell.outputs))
            max_heap = int(shown[-1]) if shown else -1
            checks.append(("the kernel's heap limit is the hub's", 0.9 * heap / 2**20 <= max_heap <= heap / 2**20, f"{max_heap} MiB"))
            hog = await session.execute(1, "long[][] hog = new long[64][];\n"
                                           f"for (int i = 0; i < hog.length; i++) hog[i] = new long[{heap // 8 // 16}];", 120)
            checks.append(("filling the heap gives OutOfMemoryError", self.oom(hog), self.error_text(hog)))
            alive = await session.execute(2, "hog = null; 1 + 1", 60)
            checks.append(("the kernel is alive after the heap OutOfMemoryError", alive.status == "ok", alive.status))
            chunk = 256 << 20
            tries = self.settings.max_physical_bytes // chunk + 3
            await session.execute(3, "java.util.List<INDArray> hold = new java.util.ArrayList<>();", 60)
            grab = await session.execute(4, f"for (int i = 0; i < {tries}; i++) hold.add(Nd4j.create(DataType.FLOAT, {chunk // 4}L));", 300)
            checks.append((f"ND4J arrays of 256 MiB past the native limit (maxphysicalbytes {self.settings.max_physical_bytes >> 20} MiB) "
                           "give OutOfMemoryError", self.oom(grab), self.error_text(grab)))
            small = await session.execute(5, "hold.clear(); System.gc(); Nd4j.create(DataType.FLOAT, 1000L).addi(1).sumNumber()", 120)
            checks.append(("the kernel is alive and ND4J works after the native OutOfMemoryError",
                           small.status == "ok" and "1000" in json.dumps(small.outputs), small.status))
        finally:
            await session.close()
        self.report["limits"] = [{"check": c, "passed": ok, "seen": seen[:300]} for c, ok, seen in checks]
        for what, ok, seen in checks:
            if not ok:
                self.fail(f"limits: {what}: {seen[:300]}")
        self.say(f"limits: {sum(ok for _, ok, _ in checks)} of {len(checks)} checks passed")

    @staticmethod
    def oom(run) -> bool:
        return run.status == "error" and "OutOfMemoryError" in LoadTest.error_text(run)

    @staticmethod
    def error_text(run) -> str:
        return " ".join(f"{o.get('ename', '')}: {o.get('evalue', '')}" for o in run.outputs if o["output_type"] == "error") \
            or run.text()[-300:]

    # --- CPU fairness -------------------------------------------------------------------------------------------------
    async def cpu_fairness(self):
        victim, spinner = self.users[0], self.users[1]
        work = ("long t0 = System.nanoTime(); long acc = 1;\n"
                f"for (long i = 0; i < {self.args.cpu_work}L; i++) acc = acc * 6364136223846793005L + i;\n"
                'System.out.println("ms " + (System.nanoTime() - t0) / 1000000 + " " + (acc & 1));')
        seconds = self.args.spin_seconds
        spin = (f"final long stopAt = System.nanoTime() + {seconds}L * 1000000000L;\n"
                "for (int t = 0; t < 16; t++) { Thread th = new Thread(() -> { long x = 0; while (System.nanoTime() < stopAt) x++; });"
                " th.setDaemon(true); th.start(); }")
        v = KernelSession(notebook_url(self.base_url, victim), self.user_tokens[victim])
        s = KernelSession(notebook_url(self.base_url, spinner), self.user_tokens[spinner])
        await v.start("load-test.ipynb", timeout=300)
        await s.start("load-test.ipynb", timeout=300)
        cpu_root = StudentGroups(self.settings.cpu_shares, 0).cpu_root
        samples = {"alone": [], "neighbour spinning 16 threads, own cpu group": [],
                   "neighbour spinning 16 threads, no per-student groups": []}
        index = 0

        async def measure(label, times):
            nonlocal index
            for _ in range(times):
                run = await v.execute(index, work, 300)
                index += 1
                found = re.search(r"ms (\d+)", run.text())
                if run.status != "ok" or not found:
                    raise HubError(f"the timing cell failed: {run.status} {self.error_text(run)}")
                samples[label].append(int(found.group(1)))

        try:
            await measure("alone", 1)  # warm-up: JIT
            samples["alone"].clear()
            await measure("alone", 3)
            spin_run = await s.execute(0, spin, 60)
            if spin_run.status != "ok":
                raise HubError(f"the spinning cell failed: {self.error_text(spin_run)}")
            kernel_pid = next(pid for pid, _ in processes({pwd.getpwnam(spinner).pw_uid})
                              if KERNEL_MAIN in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"))
            own = cpu_root / PARENT / spinner if cpu_root and self.settings.cpu_shares else None
            for _ in range(2):  # interleaved: the machine's other load drifts
                if own is not None:
                    StudentGroups.join([own], kernel_pid)
                await measure("neighbour spinning 16 threads, own cpu group", 2)
                if own is not None:
                    # As without per-student groups: the spinner's threads compete one by one with the student's group.
                    StudentGroups.join([own.parent], kernel_pid)
                await measure("neighbour spinning 16 threads, no per-student groups", 1)
        finally:
            await v.close()
            await s.close()
        median = {k: sorted(x)[len(x) // 2] for k, x in samples.items() if x}
        alone = median["alone"]
        self.report["cpu_fairness"] = {"samples_ms": samples, "median_ms": median,
                                       "slowdown": {k: round(m / alone, 2) for k, m in median.items()}}
        self.say("cpu: the victim's cell, median ms: " + ", ".join(f"{k} {m} ({m / alone:.2f}x)" for k, m in median.items()))
        grouped = median["neighbour spinning 16 threads, own cpu group"] / alone
        # Two students on the machine's cores: a single-threaded cell keeps a whole core (its fair share) when the
        # machine has two or more; allow for the machine's other load.
        if grouped > self.args.max_cpu_slowdown:
            self.fail(f"cpu: with a neighbour spinning 16 threads the cell took {grouped:.2f}x as long as alone "
                      f"(allowed {self.args.max_cpu_slowdown}x)")

    # --- the run ------------------------------------------------------------------------------------------------------
    async def run(self):
        AsyncHTTPClient.configure(None, max_clients=4 * self.n + 20)
        await self.wait_for_hub()
        self.say(f"hub on {self.base_url}; starting {self.n} servers")
        t0 = time.monotonic()
        starts = await asyncio.gather(*(self.start_server(u) for u in self.users), return_exceptions=True)
        for user, outcome in zip(self.users, starts):
            if isinstance(outcome, Exception):
                self.fail(f"{user}: server did not start: {outcome}")
        self.report["servers_start_seconds"] = round(time.monotonic() - t0, 1)
        running = [u for u in self.users if u in self.user_tokens]
        if not running:
            return
        cells = code_cells(self.args.notebook) + [probe_cell()]
        reference = None
        if not self.args.no_reference:
            self.say(f"the notebook alone ({running[0]})")
            alone = await self.run_notebook(running[0], cells, self.args.timeout)
            self.check_student(alone, None, len(cells))
            reference = [r.signature() for r in alone["cells"]]
            self.report["alone_seconds"] = round(alone["seconds"], 1)
        self.say(f"{len(running)} students at once")
        sampler = MemorySampler({pwd.getpwnam(u).pw_uid: u for u in running}, self.args.timeout + 60)
        sampler.start()
        try:
            results = await asyncio.wait_for(
                asyncio.gather(*(self.run_notebook(u, cells, self.args.timeout) for u in running)), self.args.timeout + 120)
        finally:
            sampler.stop()
        for result in results:
            self.check_student(result, reference, len(cells))
        self.report["per_student"] = [{"user": r["user"], "seconds": round(r["seconds"], 1),
                                       "cells_done": len(r["cells"]), "cells": len(cells), "error": r["error"]} for r in results]
        self.report["kernel_peak_rss_mib"] = sorted(sampler.kernel_peaks.values(), key=lambda e: e["user"])
        self.report["machine_used_mib"] = {"before": sampler.machine_baseline_mib, "peak": sampler.machine_peak_mib}
        times = sorted(r["seconds"] for r in results)
        self.say(f"finished: {sum(len(r['cells']) == len(cells) for r in results)} of {len(results)} students, "
                 f"{times[0]:.0f}-{times[-1]:.0f} s; kernels' peak RSS "
                 f"{min(e['peak_rss_mib'] for e in sampler.kernel_peaks.values()) if sampler.kernel_peaks else '-'}-"
                 f"{max((e['peak_rss_mib'] for e in sampler.kernel_peaks.values()), default='-')} MiB; machine used "
                 f"{sampler.machine_baseline_mib} -> peak {sampler.machine_peak_mib} MiB")
        # Every kernel loaded the native libraries install unpacked once; none unpacked its own copy into the home.
        own_copies = [u for u in running if (Path(pwd.getpwnam(u).pw_dir) / ".javacpp").exists()]
        self.report["own_native_copies"] = own_copies
        if own_copies:
            self.fail(f"kernels unpacked their own native libraries into ~/.javacpp instead of the shared ones: {own_copies}")
        if len(running) >= 1:
            await self.course_copies(running)
            await self.isolation()
            await self.limits()
        if len(running) >= 2 and not self.args.no_cpu:
            await self.cpu_fairness()


def write_report(report: dict, out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=2, default=str) + "\n")


def main(n: int, argv: list, base: HubSettings) -> int:
    parser = argparse.ArgumentParser(prog="./lectern hub --load-test N")
    parser.add_argument("--notebook", type=Path, default=cli.REPOSITORY / "notebooks" / "01-stacked-autoencoders.ipynb")
    parser.add_argument("--full", action="store_true", help="the lecture's full data (default: quick mode)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds the concurrent run may take (default 3600)")
    parser.add_argument("--cell-timeout", type=float, default=1200)
    parser.add_argument("--out", type=Path, default=cli.REPOSITORY / "build" / "hub-load-test")
    parser.add_argument("--no-reference", action="store_true", help="skip the run alone (outputs are then not compared)")
    parser.add_argument("--no-cpu", action="store_true", help="skip the CPU fairness measurement")
    parser.add_argument("--cpu-work", type=int, default=250_000_000, help="iterations of the timed cell")
    parser.add_argument("--spin-seconds", type=int, default=240)
    parser.add_argument("--max-cpu-slowdown", type=float, default=2.5)
    args = parser.parse_args(argv)
    if not 1 <= n <= 200:
        parser.error(f"N must be between 1 and 200, not {n}")
    if not args.notebook.is_file():
        parser.error(f"{args.notebook}: no such notebook")
    cli.require_root("--load-test")
    if shutil.which("jupyterhub") is None:
        cli.fail("jupyterhub is not installed: run ./lectern hub install (Debian's jupyterhub package)")
    args.out.mkdir(parents=True, exist_ok=True)
    test = LoadTest(n, args, base)
    started = time.time()
    try:
        test.setup()
        asyncio.run(test.run())
    except Exception as e:  # noqa: BLE001 (reported, then everything is cleaned up)
        test.fail(f"{type(e).__name__}: {e}")
    finally:
        test.teardown()
        test.report["wall_seconds"] = round(time.time() - started, 1)
        write_report(test.report, args.out)
    failures = test.report["failures"]
    print(f"lectern hub load test: {'PASSED' if not failures else f'{len(failures)} FAILURES'}; report in {args.out}/report.json")
    return 0 if not failures else 1
