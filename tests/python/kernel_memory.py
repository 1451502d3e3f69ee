"""Measures what a Lectern kernel costs in memory, as the kernelspec starts it.

usage: /usr/bin/python3 tests/python/kernel_memory.py [--kernel NAME] [--settle SECONDS] [--full] [NOTEBOOK...]

In a fresh kernel: resident memory (VmRSS of /proc/PID/status) once it is ready, right after a first
cell `1 + 1`, and SECONDS (default 20) later, idle (JShell indexes the class path in the background
after the first cell; the kernelspec's periodic garbage collection gives that garbage back). Then each
NOTEBOOK runs top to bottom in a fresh kernel of its own (quick mode unless --full), the kernel's
resident memory read every 100 ms: its peak, and after each code cell the cell's resident memory,
heap in use and the JVM's collections so far. Set JUPYTER_PATH to measure a kernelspec installed
elsewhere (tests install one with `KernelSpecInstaller --kernels-dir DIR/kernels`).
"""
import argparse
import os
import threading
import time
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager

JVM_STATE = ('String.format("heap in use %d MiB of %d committed, %d collections", '
             '(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, '
             'Runtime.getRuntime().totalMemory() >> 20, java.lang.management.ManagementFactory'
             '.getGarbageCollectorMXBeans().stream().mapToLong(b -> b.getCollectionCount()).sum())')
CELL_TIMEOUT = 3600


def rss_mib(pid, key="VmRSS"):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {key} for process {pid}")


class Kernel:
    """A fresh kernel, its pid, and a thread that keeps the peak of its resident memory."""

    def __init__(self, name, quick):
        os.environ.pop("LECTERN_QUICK", None)
        if quick:
            os.environ["LECTERN_QUICK"] = "1"
        self.manager = KernelManager(kernel_name=name)
        self.manager.start_kernel()
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=120)
        self.pid = self.manager.provisioner.pid
        self.peak = rss_mib(self.pid)
        self.running = True
        self.sampler = threading.Thread(target=self.sample, daemon=True)
        self.sampler.start()

    def sample(self):
        deadline = time.monotonic() + 2 * CELL_TIMEOUT
        while self.running and time.monotonic() < deadline:
            try:
                self.peak = max(self.peak, rss_mib(self.pid))
            except (OSError, RuntimeError):
                return
            time.sleep(0.1)

    def run(self, code):
        """Runs a cell; returns its text output, or raises on an error."""
        reply = self.client.execute_interactive(code, timeout=CELL_TIMEOUT, output_hook=self.collect)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"cell failed: {reply['content'].get('ename')}: {reply['content'].get('evalue')}")
        text, self.text = self.text, ""
        return text

    text = ""

    def collect(self, msg):
        if msg["msg_type"] == "stream":
            self.text += msg["content"]["text"]
        elif msg["msg_type"] == "execute_result":
            self.text += msg["content"]["data"].get("text/plain", "")

    def close(self):
        self.running = False
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


def idle(args):
    kernel = Kernel(args.kernel, quick=True)
    try:
        ready = rss_mib(kernel.pid)
        kernel.run("1 + 1")
        after = rss_mib(kernel.pid)
        time.sleep(args.settle)
        settled = rss_mib(kernel.pid)
        print(f"idle kernel: {ready:.0f} MiB once ready, {after:.0f} MiB right after `1 + 1`, "
              f"{settled:.0f} MiB {args.settle:g} s later (peak so far {kernel.peak:.0f} MiB)", flush=True)
    finally:
        kernel.close()


def notebook(path, args):
    cells = [cell for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code"]
    mode = "full" if args.full else "quick"
    print(f"{path} ({mode} mode, {len(cells)} code cells):", flush=True)
    kernel = Kernel(args.kernel, quick=not args.full)
    started = time.monotonic()
    try:
        for number, cell in enumerate(cells, 1):
            cell_start = time.monotonic()
            kernel.run(cell.source)
            seconds = time.monotonic() - cell_start
            state = kernel.run(JVM_STATE).strip().strip('"')
            first_line = cell.source.strip().splitlines()[0][:50] if cell.source.strip() else ""
            print(f"  cell {number:2d} {seconds:6.1f} s  RSS {rss_mib(kernel.pid):5.0f} MiB  peak {kernel.peak:5.0f} MiB"
                  f"  {state}  | {first_line}", flush=True)
        print(f"{path}: kernel peak {kernel.peak:.0f} MiB (VmHWM {rss_mib(kernel.pid, 'VmHWM'):.0f}), "
              f"after the last cell {rss_mib(kernel.pid):.0f} MiB, {time.monotonic() - started:.0f} s", flush=True)
    finally:
        kernel.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, metavar="NOTEBOOK")
    parser.add_argument("--kernel", default="lectern")
    parser.add_argument("--settle", type=float, default=20, help="seconds to leave the kernel idle after `1 + 1`")
    parser.add_argument("--full", action="store_true", help="run the notebooks in full mode (default: quick)")
    args = parser.parse_args()
    idle(args)
    for path in args.notebooks:
        notebook(path, args)


if __name__ == "__main__":
    main()
