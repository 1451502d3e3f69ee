"""LocalProcessSpawner for a class: each user's server runs as that Unix user, in that user's own cpu and memory
control groups, with the Lectern kernel's limits in its environment, on their own copy of the notebooks."""
import pwd

from jupyterhub.spawner import LocalProcessSpawner, set_user_setuid
from traitlets import Any

from .cgroups import StudentGroups
from .course import first_login_copy, is_member, private_home
from .settings import HubSettings


class LecternSpawner(LocalProcessSpawner):
    """Starts `jupyterhub-singleuser` as the user, after their first-login copy and their control groups."""

    settings = Any(help="the HubSettings of this hub (jupyterhub_config.py sets them)").tag(config=True)

    def _settings(self) -> HubSettings:
        return self.settings or HubSettings.from_env()

    def _groups(self) -> StudentGroups:
        s = self._settings()
        return StudentGroups(s.cpu_shares, s.student_memory_bytes, class_bytes=s.class_memory_bytes)

    def is_instructor(self) -> bool:
        """Whether this user is in the instructors' group (else a student)."""
        return is_member(self.user.name, self._settings().instructor_group)

    async def start(self):
        name = self.user.name
        try:
            pwd.getpwnam(name)
        except KeyError:
            raise RuntimeError(f"there is no Unix user '{name}': add students with ./lectern hub add-students FILE") from None
        s = self._settings()
        source = s.instructor_notebooks if self.is_instructor() else s.student_notebooks
        private_home(name)
        copied = first_login_copy(name, source)
        if copied:
            self.log.info("first login of %s: copied %s to %s", name, source, copied)
        self._group_dirs = self._groups().prepare(name)
        return await super().start()

    def make_preexec_fn(self, name):
        setuid = set_user_setuid(name)
        groups = list(getattr(self, "_group_dirs", []))

        def preexec():
            # Still root here, between fork and exec: join the student's groups, then become the student.
            StudentGroups.join(groups)
            setuid()

        return preexec

    async def stop(self, now=False):
        await super().stop(now=now)
        self._groups().remove(self.user.name)
