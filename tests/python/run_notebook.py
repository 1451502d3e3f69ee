"""Executes a notebook in the Lectern kernel with nbclient and saves the executed copy.

usage: /usr/bin/python3 tests/python/run_notebook.py IN.ipynb OUT.ipynb [--timeout SECONDS]

The kernel is found by name ("lectern") through the usual Jupyter paths (set JUPYTER_PATH to
use a kernelspec installed elsewhere). Exits 1 and prints the failing cell if one raises.
"""
import argparse
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook")
    parser.add_argument("output")
    parser.add_argument("--timeout", type=int, default=300, help="seconds a cell may run")
    parser.add_argument("--kernel", default="lectern")
    args = parser.parse_args()

    notebook = nbformat.read(args.notebook, as_version=4)
    client = NotebookClient(notebook, timeout=args.timeout, kernel_name=args.kernel, allow_errors=False)
    try:
        client.execute()
    except CellExecutionError as error:
        nbformat.write(notebook, args.output)
        print(f"a cell failed: {error}", file=sys.stderr)
        return 1
    nbformat.write(notebook, args.output)
    print(f"executed {len(notebook.cells)} cells into {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
