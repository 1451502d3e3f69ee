# JupyterHub for a class on one server (./lectern hub start). Every value comes from lectern_hub.settings
# (defaults, overridden by LECTERN_HUB_* environment variables), so ./lectern hub and the tests read the same ones.
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lectern_hub.settings import HubSettings  # noqa: E402

settings = HubSettings.from_env()
state = Path(settings.state_dir)

c = get_config()  # noqa: F821 (JupyterHub's config loader provides it)

# Everything on 127.0.0.1: the public proxy port, its API and the hub. Put a TLS reverse proxy in front for a class.
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = settings.port
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = settings.port + 2
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{settings.port + 1}"
# Debian's configurable-http-proxy finds its modules in Debian's Node.js paths; a Node.js from elsewhere (e.g.
# NodeSource's, which replaces Debian's nodejs) does not look there unless NODE_PATH says so.
_debian_node = [p for p in ("/usr/share/nodejs", "/usr/lib/nodejs") if Path(p).is_dir()]
if _debian_node:
    os.environ["NODE_PATH"] = ":".join(filter(None, [os.environ.get("NODE_PATH", "")] + _debian_node))
c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(state / "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True

# Who may log in: Unix users in the students' or instructors' group (./lectern hub add-students / add-instructor).
if settings.test_password:
    # Test-only (./lectern hub --load-test): any existing Unix user with the shared password; an admin API token.
    c.JupyterHub.authenticator_class = "jupyterhub.auth.DummyAuthenticator"
    c.DummyAuthenticator.password = settings.test_password
    token = os.environ.get("LECTERN_HUB_TEST_TOKEN", "")
    if token:
        c.JupyterHub.services = [{"name": "lectern-load-test", "api_token": token}]
        c.JupyterHub.load_roles = [{"name": "admin", "services": ["lectern-load-test"]}]
else:
    c.JupyterHub.authenticator_class = "jupyterhub.auth.PAMAuthenticator"
    c.PAMAuthenticator.allowed_groups = {settings.student_group, settings.instructor_group}
    c.PAMAuthenticator.open_sessions = False  # no systemd-logind here; sessions are the hub's own

# Each user's server: their own Unix user, their control groups, their copy of the notebooks.
c.JupyterHub.spawner_class = "lectern_hub.spawner.LecternSpawner"
c.LecternSpawner.settings = settings
c.Spawner.notebook_dir = "~/notebooks"
c.Spawner.default_url = "/tree"
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.Spawner.environment = {
    "LECTERN_DATA": str(settings.data_dir),
    # JavaCPP's native limits for every kernel, and the native libraries install unpacked once for all of them; the
    # heap is the system kernelspec's -Xmx (./lectern hub install).
    "JDK_JAVA_OPTIONS": settings.server_java_options(),
    "OMP_WAIT_POLICY": "PASSIVE",
}
if Path(settings.kernels_dir).parent not in (Path("/usr/local/share/jupyter"), Path("/usr/share/jupyter")):
    # A kernelspec outside Jupyter's system path (the load test's private install): point Jupyter at it.
    c.Spawner.environment["JUPYTER_PATH"] = str(Path(settings.kernels_dir).parent)
c.Spawner.env_keep = ["PATH", "LANG", "LC_ALL", "LECTERN_QUICK"]
# Idle culling by the notebook server itself (jupyterhub-idle-culler is not packaged in Debian 12): kernels with no
# execution for cull_idle_seconds, even with a tab open, then the server once it has had no activity that long.
if settings.cull_idle_seconds:
    c.Spawner.args = [
        f"--MappingKernelManager.cull_idle_timeout={settings.cull_idle_seconds}",
        f"--MappingKernelManager.cull_interval={settings.cull_interval_seconds}",
        "--MappingKernelManager.cull_connected=True",
        f"--NotebookApp.shutdown_no_activity_timeout={settings.cull_idle_seconds}",
    ]
