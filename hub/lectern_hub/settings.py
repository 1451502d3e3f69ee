"""The hub's settings: one place for the limits, the culling time and the paths, read by jupyterhub_config.py,
by ./lectern hub and by the test that compares them with z2jh-values.yaml.

Every setting has a default and an environment variable (LECTERN_HUB_<NAME>) that overrides it when the hub
(or ./lectern hub install) starts."""
import os
import re
from dataclasses import dataclass, fields
from pathlib import Path

_SIZE = re.compile(r"([1-9][0-9]*)([kmgt]?)", re.IGNORECASE)
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}


def size_bytes(text: str, name: str = "size") -> int:
    """Parses a size as -Xmx takes it (1g, 1536m, 1073741824) into bytes; a clear error otherwise."""
    match = _SIZE.fullmatch(str(text).strip())
    if not match:
        raise ValueError(f"{name}: '{text}' is not a size; use a number with an optional unit k, m, g or t, such as 1g or 1536m")
    return int(match.group(1)) * _UNITS[match.group(2).lower()]


def mib(size: int) -> str:
    """Writes bytes as a whole number of MiB, in the form -Xmx and JavaCPP take (e.g. 1536m)."""
    return f"{size // (1 << 20)}m"


@dataclass(frozen=True)
class HubSettings:
    """What one class's hub is set to. Sizes are as -Xmx takes them."""

    port: int = 8000
    heap: str = "1g"                 # each kernel's -Xmx
    native: str = "1g"               # each kernel's native memory beyond the heap: ND4J's off-heap arrays
    overhead: str = "512m"           # JVM, JShell and native libraries beyond heap and arrays
    server_memory: str = "256m"      # the student's notebook server (Python) beside one kernel
    class_memory: str = ""           # all students together (the hub's own memory group); empty: no class-wide cap
    cpu_shares: int = 1024           # every student the same weight: a fair share of the cores each
    cull_idle_seconds: int = 3600    # idle kernels are shut down after this; idle servers too
    cull_interval_seconds: int = 300
    share_dir: str = "/usr/local/share/lectern"
    kernels_dir: str = "/usr/local/share/jupyter/kernels"
    state_dir: str = "/var/lib/lectern-hub"
    student_group: str = "lectern-students"
    instructor_group: str = "lectern-instructors"
    test_password: str = ""          # test-only: any user logs in with it (the load test); never for a class

    def __post_init__(self):
        for name in ("heap", "native", "overhead", "server_memory"):
            size_bytes(getattr(self, name), name)
        if self.class_memory:
            size_bytes(self.class_memory, "class_memory")
        if self.cpu_shares != 0 and not 2 <= self.cpu_shares <= 262144:
            raise ValueError(f"cpu_shares: {self.cpu_shares} is out of cgroup v1's range 2-262144 (0 turns CPU groups off)")
        if self.cull_idle_seconds < 0:
            raise ValueError("cull_idle_seconds: must be 0 (never cull) or a number of seconds")

    @classmethod
    def from_env(cls, env=None) -> "HubSettings":
        """The defaults, each overridden by LECTERN_HUB_<NAME> where set (e.g. LECTERN_HUB_HEAP=1536m)."""
        env = os.environ if env is None else env
        values = {}
        for field in fields(cls):
            raw = env.get("LECTERN_HUB_" + field.name.upper())
            if raw is None or raw == "":
                continue
            if field.type in (int, "int"):
                try:
                    values[field.name] = int(raw)
                except ValueError:
                    raise ValueError(f"LECTERN_HUB_{field.name.upper()}: '{raw}' is not a whole number") from None
            else:
                values[field.name] = raw
        return cls(**values)

    # Derived limits: what the kernel and the student's cgroup get.
    @property
    def max_physical_bytes(self) -> int:
        """JavaCPP's maxphysicalbytes: the kernel's whole resident size (heap + native + overhead). ND4J 1.0.0-M2.1
        allocates its arrays outside JavaCPP's count (maxbytes does not see them), but every new array also allocates
        a JavaCPP pointer, which JavaCPP refuses with an OutOfMemoryError once the process's resident size is past
        this: the array that crossed it is kept, the next one fails."""
        return size_bytes(self.heap) + size_bytes(self.native) + size_bytes(self.overhead)

    @property
    def student_memory_bytes(self) -> int:
        """The memory cgroup limit of one student: the kernel's maxphysicalbytes, room for the one allocation that
        crosses it (up to `native`), and the notebook server. The backstop no student passes; past it the kernel is
        killed, not the neighbours."""
        return self.max_physical_bytes + size_bytes(self.native) + size_bytes(self.server_memory)

    @property
    def class_memory_bytes(self) -> int:
        """The memory limit of all students together (0: none), so a full class cannot take the system's memory."""
        return size_bytes(self.class_memory, "class_memory") if self.class_memory else 0

    def kernel_java_options(self) -> str:
        """JDK_JAVA_OPTIONS for every kernel: JavaCPP's native limits (the heap is the kernelspec's -Xmx, which
        comes later on the command line and so wins over any -Xmx here)."""
        return (f"-Dorg.bytedeco.javacpp.maxbytes={mib(size_bytes(self.native))} "
                f"-Dorg.bytedeco.javacpp.maxphysicalbytes={mib(self.max_physical_bytes)}")

    @property
    def native_dir(self) -> Path:
        """ND4J's, OpenBLAS's and JavaCPP's native libraries, unpacked once by install and read by every kernel."""
        return Path(self.share_dir) / "native"

    def shared_native_options(self) -> str:
        """JDK_JAVA_OPTIONS that make every kernel load the native libraries from native_dir instead of unpacking its
        own ~310 MB copy into the student's ~/.javacpp (JavaCPP's cache must be writable by its user, so it cannot be
        shared): JavaCPP looks in java.library.path first and caches nothing. Empty until install has filled it."""
        folders = sorted({str(library.parent) for library in self.native_dir.rglob("*.so*")}) if self.native_dir.is_dir() else []
        if not folders:
            return ""
        return ("-Dorg.bytedeco.javacpp.pathsFirst=true -Dorg.bytedeco.javacpp.cacheLibraries=false "
                f"-Djava.library.path={':'.join(folders)}")

    def server_java_options(self) -> str:
        """What each student's server passes its kernels: the limits, then the shared native libraries."""
        return " ".join(filter(None, [self.kernel_java_options(), self.shared_native_options()]))

    @property
    def kernel_dir(self) -> Path:
        """Where the kernel's jar and libraries are copied, readable by every user."""
        return Path(self.share_dir) / "kernel"

    @property
    def data_dir(self) -> Path:
        """The datasets for every user ($LECTERN_DATA in each server)."""
        return Path(self.share_dir) / "data"

    @property
    def student_notebooks(self) -> Path:
        """The student edition, copied into each student's home on first login."""
        return Path(self.share_dir) / "course" / "student"

    @property
    def instructor_notebooks(self) -> Path:
        """The instructor's notebooks with solutions: root-only (0700), copied only into instructors' homes."""
        return Path(self.share_dir) / "course" / "instructor"
