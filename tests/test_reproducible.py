"""Two builds of the same input produce byte-identical sites."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from test_build import make_project


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path):
    project = make_project(tmp_path)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1735689600", PYTHONHASHSEED="random")
    sites = []
    for name in ("one", "two"):
        env["PYTHONHASHSEED"] = str(len(name) * 7)  # different hash seeds: no set-order dependence
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / name)],
                                cwd=project, env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr[-2000:]
        sites.append(tree(tmp_path / name))
    assert sites[0].keys() == sites[1].keys()
    different = [path for path in sites[0] if sites[0][path] != sites[1][path]]
    assert different == []
