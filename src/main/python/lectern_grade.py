"""Executes every student's notebooks headless in the Lectern kernel and grades their check cells, as `./lectern grade` does.

usage: /usr/bin/python3 src/main/python/lectern_grade.py SUBMISSIONS_DIR [--timeout SECONDS] [--memory SIZE]
                                                          [--full] [--out DIR] [--source DIR]

SUBMISSIONS_DIR holds one folder per student with that student's notebooks, either directly
(SUBMISSIONS_DIR/<student>/<notebook>.ipynb) or one assignment folder deeper, as in nbgrader's
submitted/<student>/<assignment>/<notebook>.ipynb (the notebook column then reads <assignment>/<notebook>.ipynb).
Each notebook runs top to bottom in a fresh kernel with errors allowed, in quick mode unless --full, with a
wall-clock limit for the whole notebook (--timeout, counted from the kernel being ready) and a kernel heap of
--memory (the kernelspec's -Xmx). A notebook that runs past its limit, kills its kernel or runs out of memory is
stopped there and its kernel killed; grading goes on with the next notebook. With --source DIR (the instructor's
notebooks, DIR/<notebook path>, e.g. nbgrader's source/ folder), each check cell is first put back as the
instructor wrote it, as nbgrader's autograder does, and every check of the instructor's notebook is graded, even
one a student deleted. This script only executes and records how each run ended (OUT/runs.json, the executed
copies under OUT/executed/, the kernels' output under OUT/logs/);
org.lectern.grading.GradeReport then applies the grading rule and writes OUT/grades.csv and OUT/grades.html.
"""
import argparse
import asyncio
import copy
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

from lectern_run import write_atomically

REPOSITORY = Path(__file__).resolve().parents[3]
JAR = REPOSITORY / "target" / "lectern.jar"
CLASSPATH = f"{JAR}:{JAR.parent / 'lib'}/*"


class OutOfMemory(Exception):
    """A cell ran the kernel out of heap; the kernel survived, but the notebook is stopped there."""

    def __init__(self, evalue):
        super().__init__(evalue)
        self.evalue = evalue


def find_submissions(root):
    """Returns (student, notebook name, path) for every submitted notebook, students and notebooks sorted."""
    def visible(path):
        return not path.name.startswith(".")

    found = []
    for student in sorted(p for p in root.iterdir() if p.is_dir() and visible(p)):
        notebooks = [p for p in student.glob("*.ipynb") if visible(p)]
        for assignment in (p for p in student.iterdir() if p.is_dir() and visible(p)):
            notebooks += [p for p in assignment.glob("*.ipynb") if visible(p)]
        for notebook in sorted(notebooks, key=lambda p: p.relative_to(student).as_posix()):
            found.append((student.name, notebook.relative_to(student).as_posix(), notebook))
    return found


def is_check(cell):
    """Says whether a cell is an autograded check (nbgrader: a code cell with grade true and solution false)."""
    nbgrader = cell.get("metadata", {}).get("nbgrader", {})
    return cell.get("cell_type") == "code" and nbgrader.get("grade") is True and not nbgrader.get("solution")


def instructor_checks(path):
    """Returns the check cells of the instructor's notebook, by grade_id."""
    notebook = nbformat.read(path, as_version=4)
    return {cell.metadata.nbgrader.grade_id: cell for cell in notebook.cells if is_check(cell)}


def restore_checks(notebook, checks):
    """Puts the instructor's source and nbgrader metadata back into each check cell, as nbgrader's autograder does,
    so that a check a student edited (or whose points they raised) is graded as written."""
    for cell in notebook.cells:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if cell.get("cell_type") == "code" and grade_id in checks:
            cell.source = checks[grade_id].source
            cell.metadata["nbgrader"] = copy.deepcopy(checks[grade_id].metadata["nbgrader"])


def install_grading_kernel(kernels_dir, memory):
    """Installs the Lectern kernelspec with a heap of `memory` into kernels_dir; returns an error text or None."""
    java = shutil.which("java") or "java"
    installed = subprocess.run([java, "-cp", CLASSPATH, "org.lectern.kernel.install.KernelSpecInstaller",
                                "--kernels-dir", str(kernels_dir)], env={**os.environ, "LECTERN_XMX": memory},
                               capture_output=True, text=True)
    if installed.returncode != 0:
        return (installed.stderr or installed.stdout).strip().splitlines()[0]
    return None


def died_reason(exit_status):
    """Says why a kernel process ended on its own. (Running out of heap does not end it: the cell gets an error.)"""
    if exit_status == -signal.SIGKILL:
        return "kernel died: killed by SIGKILL (the system's out-of-memory killer or kill -9)"
    if exit_status is not None and exit_status < 0:
        return f"kernel died: killed by signal {-exit_status}"
    return f"kernel died (exit status {exit_status})"


async def execute(notebook, workdir, log, limit_s, memory, kernel_manager):
    """Runs the notebook's cells; returns (index of the cell where the run stopped or None, reason or None)."""
    state = {"cell": 0, "deadline": None}

    def on_start(**_):
        state["deadline"] = time.monotonic() + limit_s

    def on_cell_start(cell_index, **_):
        state["cell"] = cell_index

    def on_cell_executed(execute_reply, **_):
        content = (execute_reply or {}).get("content", {})
        if content.get("status") == "error" and "OutOfMemoryError" in content.get("ename", ""):
            raise OutOfMemory(content.get("evalue", ""))

    def remaining(_cell):
        return max(1, math.ceil(state["deadline"] - time.monotonic()))

    client = NotebookClient(notebook, km=kernel_manager, allow_errors=True, timeout=limit_s, timeout_func=remaining,
                            on_notebook_start=on_start, on_cell_start=on_cell_start,
                            on_cell_executed=on_cell_executed, record_timing=False)
    try:
        await client.async_execute(cwd=str(workdir), stdout=log, stderr=subprocess.STDOUT)
        return None, None
    except CellTimeoutError:
        return state["cell"], f"time limit of {limit_s} s reached"
    except DeadKernelError:
        status = await kernel_manager.provisioner.poll() if kernel_manager.provisioner else None
        return state["cell"], died_reason(status)
    except OutOfMemory as error:
        return state["cell"], f"out of memory (heap limit {memory}): {error.evalue}"
    finally:
        if client.kc is not None:
            client.kc.stop_channels()
        if kernel_manager.has_kernel:
            await kernel_manager.shutdown_kernel(now=True)


def grade_one(student, name, source, checks, args, spec_manager):
    """Executes one submission (its check cells restored from `checks` when given) and returns its run record;
    never raises for a bad notebook or a bad kernel."""
    record = {"student": student, "notebook": name, "executed": None, "stopped_at": None, "reason": None}
    try:
        notebook = nbformat.read(source, as_version=4)
    except Exception as error:  # any unreadable file is the student's problem, not the grader's
        record["reason"] = f"not a readable notebook: {type(error).__name__}: {error}".splitlines()[0]
        return record
    if checks is not None:
        restore_checks(notebook, checks)
    executed = args.out / "executed" / student / name
    log_path = args.out / "logs" / student / (name + ".log")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    kernel_manager = AsyncKernelManager(kernel_name="lectern", kernel_spec_manager=spec_manager)
    with open(log_path, "w", encoding="utf-8") as log:
        try:
            stopped_at, reason = asyncio.run(execute(notebook, source.parent.resolve(), log, args.timeout,
                                                     args.memory, kernel_manager))
        except Exception as error:  # the kernel would not start, or nbclient itself failed
            stopped_at, reason = 0, f"not run: {type(error).__name__}: {error}".splitlines()[0]
    record.update(stopped_at=stopped_at, reason=reason, seconds=round(time.monotonic() - started, 1))
    write_atomically(executed, nbformat.writes(notebook))
    record["executed"] = str(executed.relative_to(args.out))
    return record


def main():
    parser = argparse.ArgumentParser(prog="./lectern grade", description=__doc__.splitlines()[0])
    parser.add_argument("submissions", type=Path, metavar="SUBMISSIONS_DIR")
    parser.add_argument("--timeout", type=int, default=600, help="seconds one notebook may run (default 600)")
    parser.add_argument("--memory", default="4g", help="the kernel's heap, as -Xmx takes it (default 4g)")
    parser.add_argument("--full", action="store_true", help="the lecture's full data and epochs (default: quick mode)")
    parser.add_argument("--out", type=Path, default=REPOSITORY / "build" / "grades", help="directory for the results")
    parser.add_argument("--source", type=Path, metavar="DIR",
                        help="the instructor's notebooks (DIR/<notebook path>): their check cells replace the "
                             "students' copies before grading, and every one of their checks is graded")
    args = parser.parse_args()

    if args.timeout < 1:
        parser.error("--timeout must be at least 1 second")
    if not args.submissions.is_dir():
        parser.error(f"no such directory: {args.submissions}")
    submissions = find_submissions(args.submissions)
    if not submissions:
        parser.error(f"no notebooks in {args.submissions}: expected {args.submissions}/<student>/<notebook>.ipynb "
                     f"or {args.submissions}/<student>/<assignment>/<notebook>.ipynb")
    expected = {}
    if args.source is not None:
        for name in sorted({name for _, name, _ in submissions}):
            path = args.source / name
            try:
                expected[name] = instructor_checks(path)
            except Exception as error:
                parser.error(f"--source: cannot use the instructor's {path}: {type(error).__name__}: {error}")
    if not JAR.is_file():
        parser.error(f"{JAR} is missing: build first (./lectern setup)")
    if args.full:
        os.environ.pop("LECTERN_QUICK", None)
    else:
        os.environ["LECTERN_QUICK"] = "1"
    args.out = args.out.resolve()

    with tempfile.TemporaryDirectory(prefix="lectern-grade-") as temp:
        kernels = Path(temp) / "kernels"
        problem = install_grading_kernel(kernels, args.memory)
        if problem:
            parser.error(f"--memory {args.memory}: {problem}")
        spec_manager = KernelSpecManager(kernel_dirs=[str(kernels)])
        runs = []
        for student, name, source in submissions:
            print(f"grading {student}/{name}", flush=True)
            record = grade_one(student, name, source, expected.get(name), args, spec_manager)
            print(f"  {record['reason'] or 'ran to the end'} ({record.get('seconds', 0)} s)", flush=True)
            runs.append(record)
    write_atomically(args.out / "runs.json", json.dumps({"timeout_s": args.timeout, "memory": args.memory,
                                                         "mode": "full" if args.full else "quick", "runs": runs,
                                                         "checks": {name: [{"grade_id": grade_id,
                                                                            "points": cell.metadata.nbgrader.get("points", 0)}
                                                                           for grade_id, cell in checks.items()]
                                                                    for name, checks in expected.items()}},
                                                        indent=1) + "\n")
    java = shutil.which("java") or "java"
    report = subprocess.run([java, "-cp", CLASSPATH, "org.lectern.grading.GradeReport", str(args.out / "runs.json"),
                             str(args.out)])
    return report.returncode


if __name__ == "__main__":
    sys.exit(main())
