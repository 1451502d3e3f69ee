"""Executes notebooks headless in the Lectern kernel, as `./lectern run` does.

usage: /usr/bin/python3 src/main/python/lectern_run.py [--full] [--out DIR | --in-place]
                                                        [--timeout SECONDS] [--kernel NAME] [--allow-errors] NOTEBOOK...

Each notebook runs top to bottom in a fresh kernel, in quick mode (LECTERN_QUICK=1) unless
--full is given. The executed notebook and an HTML copy with every figure are written to DIR
(default: build/ in the repository); --in-place writes the executed notebook over the source
instead (how the committed outputs are refreshed) and the HTML copy to build/. Files are
written atomically. Exits 1 if any cell of any notebook fails (cells tagged raises-exception
are expected to), printing the failing cell; the partly executed copy is still written.
With --allow-errors every cell runs even after one fails (as for a student edition, whose checks
fail until the exercises are solved): the errors stay in the executed copy and the exit status is 0.
"""
import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

REPOSITORY = Path(__file__).resolve().parents[3]


def write_atomically(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix="." + path.name + ".", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def progress(notebook_name, total):
    """Prints one line per code cell as it finishes, so a long full run shows where it is."""
    started = time.monotonic()
    count = {"done": 0}

    def on_cell_executed(cell, cell_index, execute_reply, **_):
        if cell.cell_type != "code":
            return
        count["done"] += 1
        status = execute_reply["content"]["status"] if execute_reply else "ok"
        if status == "error" and "raises-exception" in cell.metadata.get("tags", []):
            status = "error, as the cell is tagged to"
        print(f"  {notebook_name}: code cell {count['done']}/{total} {status} "
              f"({time.monotonic() - started:.1f} s)", flush=True)

    return on_cell_executed


def run(source, output, html, args):
    notebook = nbformat.read(source, as_version=4)
    code_cells = sum(1 for cell in notebook.cells if cell.cell_type == "code")
    mode = "full" if args.full else "quick"
    print(f"running {source} in {mode} mode ({code_cells} code cells)", flush=True)
    client = NotebookClient(notebook, timeout=args.timeout, kernel_name=args.kernel, allow_errors=args.allow_errors,
                            resources={"metadata": {"path": str(source.parent.resolve())}},
                            on_cell_executed=progress(source.name, code_cells))
    started = time.monotonic()
    failure = None
    try:
        client.execute()
    except CellExecutionError as error:
        failure = error
    write_atomically(output, nbformat.writes(notebook))
    body, _ = HTMLExporter().from_notebook_node(notebook)
    write_atomically(html, body)
    seconds = time.monotonic() - started
    if failure is not None:
        print(f"FAILED {source} after {seconds:.1f} s: a cell raised\n{failure}", file=sys.stderr)
        return False
    print(f"ok {source} in {seconds:.1f} s -> {output}, {html}", flush=True)
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path, metavar="NOTEBOOK")
    parser.add_argument("--full", action="store_true", help="the lecture's full data and epochs (default: quick mode)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--out", type=Path, default=REPOSITORY / "build", help="directory for the outputs")
    where.add_argument("--in-place", action="store_true", help="write the executed notebook over its source")
    parser.add_argument("--timeout", type=int, default=3600, help="seconds one cell may run")
    parser.add_argument("--kernel", default="lectern")
    parser.add_argument("--allow-errors", action="store_true", help="run every cell even after one fails")
    args = parser.parse_args()

    missing = [str(n) for n in args.notebooks if not n.is_file()]
    if missing:
        parser.error("no such notebook: " + ", ".join(missing))
    if args.full:
        os.environ.pop("LECTERN_QUICK", None)
    else:
        os.environ["LECTERN_QUICK"] = "1"

    html_dir = REPOSITORY / "build" if args.in_place else args.out
    results = [run(source, source if args.in_place else args.out / source.name,
                   html_dir / (source.stem + ".html"), args) for source in args.notebooks]
    failed = results.count(False)
    if failed:
        print(f"{failed} of {len(results)} notebooks failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
