"""The notebooks a user finds in their home on first login: the student edition for students, the instructor's
notebooks (with solutions) for instructors. Run as root by the hub before the user's server starts."""
import grp
import os
import pwd
import shutil
from pathlib import Path

NOTEBOOKS = "notebooks"


def is_member(user: str, group: str) -> bool:
    """Whether a Unix user is in a group (as a supplementary member or by primary group)."""
    try:
        entry = grp.getgrnam(group)
    except KeyError:
        return False
    return user in entry.gr_mem or pwd.getpwnam(user).pw_gid == entry.gr_gid


def private_home(user: str) -> Path:
    """The user's home, made 0700 and theirs (other students must not list or read it)."""
    entry = pwd.getpwnam(user)
    home = Path(entry.pw_dir)
    if not home.is_dir():
        home.mkdir(parents=True)
        os.chown(home, entry.pw_uid, entry.pw_gid)
    home.chmod(0o700)
    return home


def first_login_copy(user: str, source: Path) -> Path | None:
    """Copies `source` to ~user/notebooks unless it is there already (a returning user keeps their work);
    returns the copy, or None when the user already had one."""
    entry = pwd.getpwnam(user)
    home = private_home(user)
    target = home / NOTEBOOKS
    if target.exists():
        return None
    if not source.is_dir():
        raise RuntimeError(f"{source} is missing: run ./lectern hub install as root first")
    staging = home / (".lectern-notebooks-copy")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    for directory, subdirs, files in os.walk(staging):
        for name in [directory] + [os.path.join(directory, f) for f in files + subdirs]:
            os.chown(name, entry.pw_uid, entry.pw_gid, follow_symlinks=False)
            if not os.path.islink(name):
                os.chmod(name, 0o700 if os.path.isdir(name) else 0o600)
    staging.rename(target)
    return target
