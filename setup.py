"""Package discovery that pyproject.toml cannot express: resources/ maps to a subpackage.

Everything else (metadata, dependencies, entry points) is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["sakura_desktop", "sakura_desktop.*"]), "sakura_desktop.resources"],
    package_dir={"sakura_desktop.resources": "resources"},
)
