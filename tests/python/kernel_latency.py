"""Measures how fast the installed Lectern kernel starts and answers.

usage: /usr/bin/python3 tests/python/kernel_latency.py [--runs N] [--kernel NAME]

For each of N fresh kernels: the time from starting the process to the first kernel_info_reply,
the round trip of the first cell that touches ND4J, and the median round trip (execute_request
to execute_reply, and to the idle status) of 50 trivial cells ("1 + 1"). Prints the medians over
the N kernels. Set JUPYTER_PATH to measure a kernelspec installed elsewhere.
"""
import argparse
import statistics
import time
from queue import Empty

from jupyter_client.manager import KernelManager

TRIVIAL_CELLS = 50
ND4J_CELL = "org.nd4j.linalg.factory.Nd4j.zeros(2, 2)"


def wait_reply(client, msg_id, timeout):
    deadline = time.perf_counter() + timeout
    while True:
        msg = client.get_shell_msg(timeout=max(0.01, deadline - time.perf_counter()))
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def wait_idle(client, msg_id, timeout):
    deadline = time.perf_counter() + timeout
    while True:
        msg = client.get_iopub_msg(timeout=max(0.01, deadline - time.perf_counter()))
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            return


def execute(client, code, timeout=120):
    """Returns (seconds to execute_reply, seconds to idle) for one cell; fails if the cell fails."""
    start = time.perf_counter()
    msg_id = client.execute(code)
    reply = wait_reply(client, msg_id, timeout)
    replied = time.perf_counter() - start
    wait_idle(client, msg_id, timeout)
    idle = time.perf_counter() - start
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"cell {code!r} failed: {reply['content'].get('ename')}: {reply['content'].get('evalue')}")
    return replied, idle


def measure_once(kernel_name):
    manager = KernelManager(kernel_name=kernel_name)
    start = time.perf_counter()
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    try:
        # DEALER sockets queue the request until the kernel has bound its sockets.
        msg_id = client.kernel_info()
        wait_reply(client, msg_id, 60)
        startup = time.perf_counter() - start
        # Let IOPub's subscription settle so idle statuses are not missed.
        client.wait_for_ready(timeout=60)
        try:
            while True:
                client.get_iopub_msg(timeout=0.2)
        except Empty:
            pass
        nd4j, _ = execute(client, ND4J_CELL)
        trivial = [execute(client, "1 + 1") for _ in range(TRIVIAL_CELLS)]
        return {
            "start_to_kernel_info": startup,
            "first_nd4j_cell": nd4j,
            "trivial_to_reply": statistics.median(t[0] for t in trivial),
            "trivial_to_idle": statistics.median(t[1] for t in trivial),
        }
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--kernel", default="lectern")
    args = parser.parse_args()

    runs = []
    for i in range(args.runs):
        run = measure_once(args.kernel)
        runs.append(run)
        print(f"run {i + 1}: " + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in run.items()), flush=True)
    print(f"median of {args.runs} kernels:")
    for key in runs[0]:
        print(f"  {key:22s} {statistics.median(r[key] for r in runs) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
