"""Per-student control groups (cgroup v1): a `cpu` group with equal `cpu.shares`, so a student spinning every
core gets the same share as a student running one cell, and a `memory` group whose limit no student's server and
kernels together pass. The groups sit under the hub's own groups, in `lectern-hub/<user>`."""
import os
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")
PARENT = "lectern-hub"


def own_group(controller: str, proc_cgroup: str = "/proc/self/cgroup") -> Path | None:
    """The directory of this process's group for a v1 controller, or None when that hierarchy is not mounted."""
    for line in Path(proc_cgroup).read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        if controller in controllers.split(","):
            for mount in (ROOT / controllers, ROOT / controller):
                if mount.is_dir():
                    return mount / path.lstrip("/")
    return None


class StudentGroups:
    """Creates and fills one student's cpu and memory groups; each step says what failed and how to turn it off."""

    def __init__(self, cpu_shares: int, memory_bytes: int, proc_cgroup: str = "/proc/self/cgroup", class_bytes: int = 0):
        self.cpu_shares = cpu_shares
        self.memory_bytes = memory_bytes
        self.class_bytes = class_bytes
        self.cpu_root = own_group("cpu", proc_cgroup) if cpu_shares else None
        self.memory_root = own_group("memory", proc_cgroup) if memory_bytes else None

    def directories(self, user: str) -> list[Path]:
        """The student's group directories (those that are turned on)."""
        return [root / PARENT / user for root in (self.cpu_root, self.memory_root) if root is not None]

    def prepare(self, user: str) -> list[Path]:
        """Creates the student's groups and sets their limits; returns their directories."""
        made = []
        if self.cpu_root is not None:
            made.append(self._make(self.cpu_root, user, {"cpu.shares": self.cpu_shares}))
            # The class weighs as many students as it has against the rest of the system (in cgroup v1 a group
            # otherwise weighs as one task, however many students run in it).
            parent = self.cpu_root / PARENT
            students = sum(1 for entry in parent.iterdir() if entry.is_dir())
            _write(parent / "cpu.shares", min(262144, self.cpu_shares * max(1, students)))
        if self.memory_root is not None:
            if self.class_bytes:
                # The class as a whole: past this the OOM killer picks among the students' processes only.
                (self.memory_root / PARENT).mkdir(exist_ok=True)
                _write(self.memory_root / PARENT / "memory.limit_in_bytes", self.class_bytes)
            limits = {"memory.limit_in_bytes": self.memory_bytes}
            group = self._make(self.memory_root, user, limits)
            # Without swap in the limit a student could page out instead of hitting it.
            if (group / "memory.memsw.limit_in_bytes").exists():
                _write(group / "memory.memsw.limit_in_bytes", self.memory_bytes)
            made.append(group)
        return made

    @staticmethod
    def _make(root: Path, user: str, settings: dict) -> Path:
        group = root / PARENT / user
        try:
            group.mkdir(parents=True, exist_ok=True)
            for name, value in settings.items():
                _write(group / name, value)
        except OSError as e:
            raise RuntimeError(f"cannot set up the control group {group}: {e}. The hub must run as root on a machine "
                               f"with cgroup v1 mounted and writable ({root}); LECTERN_HUB_CPU_SHARES=0 runs without CPU groups") from e
        return group

    @staticmethod
    def join(directories: list[Path], pid: int = 0) -> None:
        """Moves a process (default: this one, e.g. in a preexec function before exec) into the groups."""
        for group in directories:
            _write(group / "cgroup.procs", pid or os.getpid())

    def remove(self, user: str) -> None:
        """Removes the student's groups once they hold no process (a group with processes stays)."""
        for group in self.directories(user):
            for directory in (group, group.parent):  # the class's group too, once its last student is gone
                try:
                    directory.rmdir()
                except OSError:
                    pass


def _write(path: Path, value) -> None:
    with open(path, "w") as f:
        f.write(str(value))
