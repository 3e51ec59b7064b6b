"""`mkdocs serve` as an editor uses it: the site is served, and editing or adding an article rebuilds it,
extracting only what changed."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

from test_build import FIXTURES, make_project

SUMMARY = re.compile(r"docs_gen: (\d+) articles, .*?(\d+) articles extracted \((\d+) cached\)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def _wait_for(what: str, check: Callable[[], bool], log: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.3)
    raise AssertionError(f"{what} within {seconds:.0f} s; the server said:\n{log.read_text(encoding='utf-8')[-3000:]}")


def test_serve_rebuilds_when_an_article_is_edited_or_added(tmp_path):
    (tmp_path / "project").mkdir()
    project = make_project(tmp_path / "project", FIXTURES)
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=project, stdout=out, stderr=subprocess.STDOUT,
                                  env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    index = f"http://127.0.0.1:{port}/articles/"
    try:
        _wait_for("the first build is served", lambda: "River post opens a night school" in _page(index), log)

        article = project / "seeds" / "river-post.txt"
        text = article.read_text(encoding="utf-8")
        article.write_text(text.replace("a night school", "an evening school", 1).replace("twenty pupils", "thirty pupils"),
                           encoding="utf-8")
        _wait_for("the edited headline is served", lambda: "River post opens an evening school" in _page(index), log)
        assert "River post opens a night school" not in _page(index)
        page = re.search(r'href="([^"]+)"[^>]*>River post opens an evening school', _page(index)).group(1)
        assert "thirty pupils" in _page(urllib.parse.urljoin(index, page))

        (project / "seeds" / "don-moi.txt").write_text(
            "Đồn Biên phòng mở lớp học tình thương\n"
            "Ngày 3/2/2026, Đồn Biên phòng Sông Mã mở lớp học tình thương cho mười hai em nhỏ trong bản.\n"
            "Source: https://example.org/tin/don-moi\n", encoding="utf-8")
        _wait_for("the added article is served", lambda: "mở lớp học tình thương" in _page(index), log)
    finally:
        server.terminate()
        server.wait(timeout=30)

    builds = [tuple(map(int, found)) for found in SUMMARY.findall(log.read_text(encoding="utf-8"))]
    assert builds[0] == (3, 3, 0), builds  # articles, extracted, cached
    assert (3, 1, 2) in builds, builds  # the edited article alone is extracted again (its text changed)
    assert (4, 1, 3) in builds, builds  # and then the added one


# Saves the second edit from inside the server, in the middle of the build that the first edit
# started, after docs_gen has read the articles: the edit an editor makes while a rebuild runs.
SAVE_DURING_BUILD = '''
from pathlib import Path

builds = 0


def on_env(env, config, files):
    global builds
    builds += 1
    if builds == 2:
        article = Path(config.docs_dir) / "river-post.txt"
        article.write_text(article.read_text(encoding="utf-8").replace("twenty pupils", "forty-two pupils"),
                           encoding="utf-8")
        print("saved during the build", flush=True)
    return env
'''


def test_a_save_during_a_rebuild_is_not_lost(tmp_path):
    (tmp_path / "project").mkdir()
    project = make_project(tmp_path / "project", FIXTURES)
    (project / "save_during_build.py").write_text(SAVE_DURING_BUILD, encoding="utf-8")
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("\nhooks:\n  - save_during_build.py\n")
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=project, stdout=out, stderr=subprocess.STDOUT,
                                  env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    index = f"http://127.0.0.1:{port}/articles/"
    try:
        _wait_for("the first build is served", lambda: "River post opens a night school" in _page(index), log)
        article = project / "seeds" / "river-post.txt"
        article.write_text(article.read_text(encoding="utf-8").replace("a night school", "an evening school", 1),
                           encoding="utf-8")
        _wait_for("the edited headline is served", lambda: "River post opens an evening school" in _page(index), log)
        page = urllib.parse.urljoin(index, re.search(r'href="([^"]+)"[^>]*>River post opens an evening school',
                                                     _page(index)).group(1))
        assert "saved during the build" in log.read_text(encoding="utf-8")
        # the build that was running when the second save came did not read it: a next one does
        _wait_for("the save made during the rebuild is served", lambda: "forty-two pupils" in _page(page), log)
        assert "River post opens an evening school" in _page(page)
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_save_is_seen_from_the_file_events_and_a_read_is_not(tmp_path):
    """The server learns of a save at once, not at its next poll; the build reading the articles
    (opening and closing them) must not make it rebuild again."""
    from mkdocs.livereload import LiveReloadServer

    from docs_gen.watching import watch_by_events

    article = tmp_path / "a.txt"
    article.write_text("A title\nA sentence.\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=_free_port(), root=str(tmp_path))
    server.watch(str(tmp_path))
    try:
        assert watch_by_events(server)
        server.observer.start()  # as the server does when it starts serving: no second start
        time.sleep(0.2)
        article.read_text(encoding="utf-8")
        time.sleep(0.3)
        assert not server._want_rebuild
        article.write_text("A title\nAnother sentence.\n", encoding="utf-8")
        assert _rebuild_wanted_within(server, 0.2)  # polling would take up to 0.5 s
    finally:
        server.observer.stop()
        server.observer.join()


def _rebuild_wanted_within(server, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not server._want_rebuild and time.monotonic() < deadline:
        time.sleep(0.01)
    return server._want_rebuild


def test_a_watched_file_is_not_rebuilt_for_its_neighbours(tmp_path):
    """MkDocs watches mkdocs.yml itself: a log or the site written beside it is no change of it."""
    from mkdocs.livereload import LiveReloadServer

    from docs_gen.watching import watch_by_events

    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=_free_port(), root=str(tmp_path / "site"))
    server.watch(str(config))
    try:
        assert watch_by_events(server)
        server.observer.start()
        time.sleep(0.2)
        with (tmp_path / "serve.log").open("a", encoding="utf-8") as log:
            log.write("Building documentation...\n")
        (tmp_path / "site").mkdir()
        (tmp_path / "site" / "index.html").write_text("<p>x</p>", encoding="utf-8")
        time.sleep(0.3)
        assert not server._want_rebuild
        config.write_text("site_name: y\n", encoding="utf-8")
        assert _rebuild_wanted_within(server, 0.3)
    finally:
        server.observer.stop()
        server.observer.join()
