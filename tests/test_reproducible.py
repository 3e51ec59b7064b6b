"""Two builds of the same input produce byte-identical sites."""
from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

from test_build import make_project


# Pagefind writes its filter index (kind, language) in hash-map order, so those files, and the metadata
# and entry files that name them by their hash, change from run to run with the same content
# (Pagefind's issue #638). They are compared by their bytes in any order.
UNORDERED = re.compile(r"pagefind/(?:.*/)?(?:filter/.*\.pf_filter|pagefind\.[^/]*\.pf_meta|pagefind-entry\.json)")


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def ordered(site: dict[str, bytes]) -> dict[str, bytes]:
    return {path: data for path, data in site.items() if not UNORDERED.fullmatch(path)}


def unordered(site: dict[str, bytes]) -> list:
    """Each Pagefind filter file's bytes in sorted order (equal when only their order differs), and the
    length of each metadata file (which holds the filter files' names among its bytes)."""
    found = []
    for path, data in site.items():
        if UNORDERED.fullmatch(path) and not path.endswith(".json"):
            content = gzip.decompress(data)
            found.append(sorted(content) if path.endswith(".pf_filter") else [len(content)])
    return sorted(found)


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
    first, second = ordered(sites[0]), ordered(sites[1])
    assert first.keys() == second.keys()
    different = [path for path in first if first[path] != second[path]]
    assert different == []
    assert unordered(sites[0]) == unordered(sites[1])
    assert len(first) < len(sites[0])  # the pattern names Pagefind's files
