"""The class hub's settings: parsing, the limits derived from them, and the Zero-to-JupyterHub values file
(hub/z2jh-values.yaml) against the tested single-server hub (hub/jupyterhub_config.py): same memory and CPU limits,
same culling, same kernel options. Run: /usr/bin/python3 -m unittest tests/python/test_hub_config.py"""
import os
import re
import sys
import unittest
from pathlib import Path
from unittest import mock

import yaml
from traitlets.config import Config

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY / "hub"))

from lectern_hub.settings import HubSettings, size_bytes  # noqa: E402

QUANTITY = {"Ki": 1 << 10, "Mi": 1 << 20, "Gi": 1 << 30, "K": 10**3, "M": 10**6, "G": 10**9}


def kubernetes_bytes(quantity: str) -> int:
    match = re.fullmatch(r"(\d+)(Ki|Mi|Gi|K|M|G)?", str(quantity))
    if not match:
        raise AssertionError(f"'{quantity}' is not a Kubernetes memory quantity this test reads")
    return int(match.group(1)) * QUANTITY.get(match.group(2) or "", 1)


def load_hub_config(env: dict) -> Config:
    """Runs jupyterhub_config.py as JupyterHub would, with only the given LECTERN_HUB_* variables set."""
    config = Config()
    clean = {k: v for k, v in os.environ.items() if not k.startswith("LECTERN_HUB_")}
    with mock.patch.dict(os.environ, {**clean, **env}, clear=True):
        path = REPOSITORY / "hub" / "jupyterhub_config.py"
        exec(compile(path.read_text(), str(path), "exec"), {"get_config": lambda: config, "__file__": str(path)})
    return config


class SettingsTest(unittest.TestCase):
    def test_sizes_as_xmx_takes_them(self):
        self.assertEqual(size_bytes("1g"), 1 << 30)
        self.assertEqual(size_bytes("1536m"), 1536 << 20)
        self.assertEqual(size_bytes("4096"), 4096)
        for bad in ("1.5g", "-1g", "1gb", "", "g"):
            with self.assertRaisesRegex(ValueError, "not a size"):
                size_bytes(bad, "heap")

    def test_environment_overrides_each_setting_and_bad_values_say_which_variable(self):
        settings = HubSettings.from_env({"LECTERN_HUB_HEAP": "1536m", "LECTERN_HUB_CPU_SHARES": "512"})
        self.assertEqual((settings.heap, settings.cpu_shares, settings.native), ("1536m", 512, "1g"))
        with self.assertRaisesRegex(ValueError, "LECTERN_HUB_CULL_IDLE_SECONDS"):
            HubSettings.from_env({"LECTERN_HUB_CULL_IDLE_SECONDS": "an hour"})
        with self.assertRaisesRegex(ValueError, "heap"):
            HubSettings.from_env({"LECTERN_HUB_HEAP": "lots"})
        with self.assertRaisesRegex(ValueError, "cpu_shares"):
            HubSettings(cpu_shares=1)

    def test_kernels_load_the_native_libraries_install_unpacked_once(self):
        import tempfile
        with tempfile.TemporaryDirectory() as share:
            settings = HubSettings(share_dir=share)
            self.assertEqual(settings.shared_native_options(), "")
            self.assertEqual(settings.server_java_options(), settings.kernel_java_options())
            for folder in ("a.jar/org/x/linux-x86_64-avx2", "b.jar/org/y/linux-x86_64"):
                (settings.native_dir / folder).mkdir(parents=True)
                (settings.native_dir / folder / "libz.so").write_bytes(b"")
            options = settings.shared_native_options()
            self.assertIn("-Dorg.bytedeco.javacpp.pathsFirst=true", options)
            self.assertIn("-Dorg.bytedeco.javacpp.cacheLibraries=false", options)
            self.assertIn(f"-Djava.library.path={settings.native_dir}/a.jar/org/x/linux-x86_64-avx2:"
                          f"{settings.native_dir}/b.jar/org/y/linux-x86_64", options)
            self.assertEqual(settings.server_java_options(), settings.kernel_java_options() + " " + options)

    def test_limits_add_up(self):
        settings = HubSettings(heap="1g", native="2g", overhead="512m", server_memory="256m")
        self.assertEqual(settings.max_physical_bytes, (1024 + 2048 + 512) << 20)
        self.assertEqual(settings.student_memory_bytes, (1024 + 2048 + 512 + 2048 + 256) << 20)
        self.assertEqual(settings.kernel_java_options(),
                         "-Dorg.bytedeco.javacpp.maxbytes=2048m -Dorg.bytedeco.javacpp.maxphysicalbytes=3584m")


class HubConfigTest(unittest.TestCase):
    def test_the_hub_listens_on_loopback_and_passes_the_limits_to_every_server(self):
        settings = HubSettings.from_env({})
        config = load_hub_config({"LECTERN_HUB_PORT": "8100"})
        self.assertEqual((config.JupyterHub.ip, config.JupyterHub.hub_ip), ("127.0.0.1", "127.0.0.1"))
        self.assertEqual(config.JupyterHub.port, 8100)
        self.assertTrue(config.ConfigurableHTTPProxy.api_url.startswith("http://127.0.0.1:"))
        self.assertEqual(config.Spawner.environment["JDK_JAVA_OPTIONS"], settings.server_java_options())
        self.assertTrue(config.Spawner.environment["JDK_JAVA_OPTIONS"].startswith(settings.kernel_java_options()))
        self.assertIn(f"--MappingKernelManager.cull_idle_timeout={settings.cull_idle_seconds}", config.Spawner.args)
        self.assertEqual(config.JupyterHub.authenticator_class, "jupyterhub.auth.PAMAuthenticator")

    def test_the_test_only_authenticator_needs_its_password(self):
        config = load_hub_config({"LECTERN_HUB_TEST_PASSWORD": "secret"})
        self.assertEqual(config.JupyterHub.authenticator_class, "jupyterhub.auth.DummyAuthenticator")
        self.assertEqual(config.DummyAuthenticator.password, "secret")

    def test_culling_off_passes_no_culling_arguments(self):
        config = load_hub_config({"LECTERN_HUB_CULL_IDLE_SECONDS": "0"})
        self.assertNotIn("args", config.Spawner)


class ZeroToJupyterHubTest(unittest.TestCase):
    """hub/z2jh-values.yaml is on paper (no Kubernetes here): it must say what the tested hub does."""

    @classmethod
    def setUpClass(cls):
        cls.values = yaml.safe_load((REPOSITORY / "hub" / "z2jh-values.yaml").read_text())
        cls.settings = HubSettings.from_env({})
        cls.config = load_hub_config({})

    def test_memory_limit_is_the_students_cgroup_limit(self):
        memory = self.values["singleuser"]["memory"]
        self.assertEqual(kubernetes_bytes(memory["limit"]), self.settings.student_memory_bytes)

    def test_cpu_request_gives_the_same_cpu_shares(self):
        # Kubernetes sets a container's cpu.shares to 1024 x its CPU request.
        self.assertEqual(round(self.values["singleuser"]["cpu"]["guarantee"] * 1024), self.settings.cpu_shares)

    def test_kernel_options_are_the_same(self):
        env = self.values["singleuser"]["extraEnv"]
        # The limits; the single server adds the native libraries that install unpacked for all its users.
        self.assertEqual(env["JDK_JAVA_OPTIONS"], self.settings.kernel_java_options())
        self.assertEqual(env["OMP_WAIT_POLICY"], self.config.Spawner.environment["OMP_WAIT_POLICY"])
        self.assertEqual(env["LECTERN_XMX"], self.settings.heap)
        self.assertIn("KernelSpecInstaller", str(self.values["singleuser"]["lifecycleHooks"]))

    def test_culling_is_the_same(self):
        self.assertEqual(self.values["singleuser"]["cmd"][1:], list(self.config.Spawner.args))
        self.assertEqual(self.values["cull"]["timeout"], self.settings.cull_idle_seconds)
        self.assertEqual(self.values["cull"]["every"], self.settings.cull_interval_seconds)

    def test_the_image_comes_from_binder(self):
        text = (REPOSITORY / "hub" / "z2jh-values.yaml").read_text()
        self.assertIn("repo2docker", text)
        self.assertTrue((REPOSITORY / "binder" / "apt.txt").is_file())


if __name__ == "__main__":
    unittest.main()
