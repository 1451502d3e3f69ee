"""Lectern's JupyterHub for a class on one server: settings, the spawner, the course copies and the load test."""
