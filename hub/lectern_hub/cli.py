"""./lectern hub VERB: install the class's hub, start it, add students and instructors, collect their work,
or run the load test. Run as root (the hub switches to each student's Unix user)."""
import argparse
import grp
import hashlib
import os
import pwd
import re
import shutil
import subprocess
import sys
from pathlib import Path

from .course import NOTEBOOKS, is_member, private_home
from .settings import HubSettings

REPOSITORY = Path(__file__).resolve().parents[2]
CONFIG = REPOSITORY / "hub" / "jupyterhub_config.py"
USERNAME = re.compile(r"[a-z_][a-z0-9_-]{0,30}")


def fail(message: str) -> "NoReturn":
    print(f"lectern hub: {message}", file=sys.stderr)
    sys.exit(1)


def require_root(verb: str) -> None:
    if os.geteuid() != 0:
        fail(f"'{verb}' must run as root: the hub starts each user's server as that Unix user (sudo ./lectern hub {verb})")


def user_data_dir() -> Path:
    """Where ./lectern setup put the datasets for the user running it."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "lectern" / "data"


def copy_readable(source: Path, target: Path) -> None:
    """Copies a file or tree so every user can read it (dirs 0755, files 0644), replacing what was there."""
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    if source.is_dir():
        shutil.copytree(source, staging)
    else:
        staging.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, staging)
    for directory, _, files in os.walk(staging):
        os.chmod(directory, 0o755)
        for name in files:
            os.chmod(os.path.join(directory, name), 0o644)
    if staging.is_file():
        os.chmod(staging, 0o644)
    if target.is_dir():
        shutil.rmtree(target)
    staging.rename(target)


def install(settings: HubSettings) -> None:
    """Puts the kernel (jar and libraries), the data, the course's two editions and the system-wide kernelspec where
    every user's server finds them, and creates the students' and instructors' groups."""
    jar = REPOSITORY / "target" / "lectern.jar"
    if not jar.is_file():
        fail(f"{jar} is missing: run ./lectern setup first")
    share = Path(settings.share_dir)
    share.mkdir(parents=True, exist_ok=True)
    share.chmod(0o755)
    # A directory per build, so a rebuild never changes the jars under running kernels.
    build = hashlib.sha256(jar.read_bytes()).hexdigest()[:12]
    kernel = settings.kernel_dir / build
    if not (kernel / "lectern.jar").is_file():
        copy_readable(REPOSITORY / "target" / "lib", kernel / "lib")
        copy_readable(jar, kernel / "lectern.jar")
    settings.kernel_dir.chmod(0o755)
    java = shutil.which("java") or fail("java is not on PATH: run ./lectern setup")
    subprocess.run([java, "-cp", f"{kernel / 'lectern.jar'}:{kernel / 'lib'}/*", "org.lectern.kernel.install.KernelSpecInstaller",
                    "--kernels-dir", settings.kernels_dir, "--jar", str(kernel / "lectern.jar")],
                   env={**os.environ, "LECTERN_XMX": settings.heap}, check=True)
    unpack_native_libraries(java, kernel, settings.native_dir)
    for dataset in ("mnist", "skimage"):
        source = user_data_dir() / dataset
        if source.is_dir():
            copy_readable(source, settings.data_dir / dataset)
    settings.data_dir.chmod(0o755)
    course = settings.student_notebooks.parent
    course.mkdir(parents=True, exist_ok=True)
    course.chmod(0o755)
    edition = course / ".student-edition-build"
    shutil.rmtree(edition, ignore_errors=True)
    subprocess.run([java, "-cp", str(jar), "org.lectern.course.StudentEdition", "--notebooks", str(REPOSITORY / "notebooks"),
                    "--out", str(edition)], check=True, stdout=subprocess.DEVNULL)
    copy_readable(edition, settings.student_notebooks)
    shutil.rmtree(edition)
    # The instructor's notebooks hold the solutions: root only; the hub copies them into instructors' homes.
    copy_readable(REPOSITORY / "notebooks", settings.instructor_notebooks)
    settings.instructor_notebooks.chmod(0o700)
    for group in (settings.student_group, settings.instructor_group):
        ensure_group(group)
    Path(settings.state_dir).mkdir(parents=True, exist_ok=True)
    Path(settings.state_dir).chmod(0o700)
    if Path("/run/systemd/system").is_dir():
        # Debian's package enables its own hub (/etc/jupyterhub, every interface, every user); this one replaces it.
        subprocess.run(["systemctl", "disable", "--now", "jupyterhub.service"], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"lectern hub: installed the kernel (heap {settings.heap}, native {settings.native}) in {settings.kernels_dir}/lectern, "
          f"the data in {settings.data_dir}, the student edition in {settings.student_notebooks}")


def unpack_native_libraries(java: str, kernel: Path, native: Path) -> None:
    """Unpacks the native build this CPU loads (and OpenBLAS, JavaCPP's own) once, readable by all: 20 kernels that
    each unpacked their own 390 MB into their user's ~/.javacpp at the same moment kept the disk busy for a minute."""
    shutil.rmtree(native, ignore_errors=True)
    # The doctor loads ND4J, which makes JavaCPP unpack what this CPU's build needs into the cache directory given.
    subprocess.run([java, f"-Dorg.bytedeco.javacpp.cachedir={native}", "-cp", f"{kernel / 'lectern.jar'}:{kernel / 'lib'}/*",
                    "org.lectern.launcher.Doctor"], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not any(native.rglob("libjnind4jcpu.so")):
        fail(f"ND4J's native libraries were not unpacked into {native}: run ./lectern doctor to see why ND4J does not load")
    (native / ".lock").unlink(missing_ok=True)
    for path in [native, *native.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def ensure_group(group: str) -> None:
    try:
        grp.getgrnam(group)
    except KeyError:
        subprocess.run(["groupadd", "--system", group], check=True)


def add_user(name: str, group: str, password: str | None) -> str:
    """Creates the Unix user (or adds an existing one to the group), home 0700, password if given."""
    if not USERNAME.fullmatch(name):
        raise ValueError(f"'{name}' is not a valid user name: lower-case letters, digits, '_' and '-', starting with a letter, at most 31")
    ensure_group(group)
    try:
        pwd.getpwnam(name)
        subprocess.run(["usermod", "--append", "--groups", group, name], check=True)
        what = "added to " + group
    except KeyError:
        subprocess.run(["useradd", "--create-home", "--shell", "/bin/bash", "--groups", group, name], check=True)
        what = "created in " + group
    private_home(name)
    if password:
        subprocess.run(["chpasswd"], input=f"{name}:{password}\n", text=True, check=True)
    return what


def read_roster(path: Path) -> list[tuple[str, str | None]]:
    """Reads 'name [password]' lines (# comments and blank lines skipped); every line is checked before any user is made."""
    if not path.is_file():
        fail(f"{path}: no such file; give a roster with one 'username [password]' a line")
    roster, errors = [], []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if len(words) > 2 or not USERNAME.fullmatch(words[0]):
            errors.append(f"{path}:{number}: '{line.strip()}' is not 'username [password]' with a valid Unix user name")
            continue
        roster.append((words[0], words[1] if len(words) == 2 else None))
    if errors:
        fail("\n".join(errors))
    return roster


def collect(settings: HubSettings, instructor: str) -> Path:
    """Copies every student's ~/notebooks/*.ipynb into ~instructor/submissions/<student>/, owned by the instructor,
    the layout ./lectern grade reads."""
    if not is_member(instructor, settings.instructor_group):
        fail(f"'{instructor}' is not in the group {settings.instructor_group}: ./lectern hub add-instructor {instructor}")
    entry = pwd.getpwnam(instructor)
    target = private_home(instructor) / "submissions"
    try:
        students = grp.getgrnam(settings.student_group).gr_mem
    except KeyError:
        students = []
    for student in sorted(students):
        folder = Path(pwd.getpwnam(student).pw_dir) / NOTEBOOKS
        notebooks = sorted(folder.glob("*.ipynb")) if folder.is_dir() else []
        if not notebooks:
            continue
        copy = target / student
        copy.mkdir(parents=True, exist_ok=True)
        for notebook in notebooks:
            shutil.copyfile(notebook, copy / notebook.name)
        for path in [target, copy, *copy.iterdir()]:
            os.chown(path, entry.pw_uid, entry.pw_gid)
            path.chmod(0o700 if path.is_dir() else 0o600)
    return target


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0].startswith("--load-test"):
        # The load test has options of its own: --load-test N [OPTIONS] (or --load-test=N).
        first = argv[0].split("=", 1)
        count, rest = (first[1], argv[1:]) if len(first) == 2 else (argv[1] if len(argv) > 1 else "", argv[2:])
        if not count.isdigit():
            fail(f"--load-test needs a number of students, not '{count}'")
        try:
            settings = HubSettings.from_env()
        except ValueError as e:
            fail(str(e))
        from .loadtest import main as load_test
        return load_test(int(count), rest, settings)
    parser = argparse.ArgumentParser(prog="./lectern hub", description="JupyterHub for a class on this server (see README, "
                                     "'Teaching a class on one server')")
    parser.add_argument("--load-test", type=int, metavar="N", help="simulate N students running a notebook at once "
                        "(its options: ./lectern hub --load-test N --help)")
    sub = parser.add_subparsers(dest="verb")
    sub.add_parser("install", help="kernel, data, student edition and kernelspec for every user")
    sub.add_parser("start", help="run the hub on 127.0.0.1 (foreground)")
    students = sub.add_parser("add-students", help="create Unix users from a roster: 'username [password]' a line")
    students.add_argument("roster", type=Path)
    instructor = sub.add_parser("add-instructor", help="create an instructor (gets the notebooks with solutions)")
    instructor.add_argument("name")
    instructor.add_argument("password", nargs="?")
    gather = sub.add_parser("collect", help="copy students' notebooks to ~INSTRUCTOR/submissions for ./lectern grade")
    gather.add_argument("instructor")
    sub.add_parser("settings", help="print the limits and paths in force")
    args = parser.parse_args(argv)
    try:
        settings = HubSettings.from_env()
    except ValueError as e:
        fail(str(e))
    verb = args.verb or "start"
    if verb == "settings":
        for name, value in vars(settings).items():
            print(f"{name} = {value}")
        print(f"student memory limit = {settings.student_memory_bytes >> 20} MiB; kernel JDK_JAVA_OPTIONS = {settings.server_java_options()}")
        return 0
    require_root(verb)
    if verb == "install":
        install(settings)
    elif verb == "start":
        if not (Path(settings.kernels_dir) / "lectern" / "kernel.json").is_file():
            install(settings)
        Path(settings.state_dir).mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chdir(settings.state_dir)
        os.execvp("jupyterhub", ["jupyterhub", "-f", str(CONFIG)])
    elif verb == "add-students":
        for name, password in read_roster(args.roster):
            print(f"{name}: {add_user(name, settings.student_group, password)}")
    elif verb == "add-instructor":
        print(f"{args.name}: {add_user(args.name, settings.instructor_group, args.password)}")
    elif verb == "collect":
        print(f"lectern hub: submissions in {collect(settings, args.instructor)}; as {args.instructor}, grade them with "
              f"{REPOSITORY}/lectern grade ~/submissions --out ~/grades")
    return 0


if __name__ == "__main__":
    sys.exit(main())
