"""`mkdocs serve` told of a save by the system's file events rather than by polling.

MkDocs' server polls every watched folder twice a second: a save waits 0.25 s on average (up to
0.5 s) before the rebuild starts, and each poll lists the whole docs folder (thousands of files).
The system's file events (inotify on Linux, FSEvents on macOS, ReadDirectoryChangesW on Windows)
arrive within a millisecond of the save. Some file systems send none (network shares, folders
mounted into a virtual machine or container): there `watch_events: false` keeps MkDocs' polling."""
from __future__ import annotations

import logging
import os

import watchdog.events as ev
import watchdog.observers
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

log = logging.getLogger("mkdocs.plugins.docs_gen")

# The events of a change. Not opening, nor closing a file only read: the build reads every article,
# and MkDocs rebuilds on any event it is told of, so those would rebuild again and again.
CHANGES = [ev.FileCreatedEvent, ev.FileModifiedEvent, ev.FileDeletedEvent, ev.FileMovedEvent, ev.FileClosedEvent,
           ev.DirCreatedEvent, ev.DirDeletedEvent, ev.DirMovedEvent]


def watch_by_events(server) -> bool:
    """Move every path the server watches from its polling observer to the system's file events.
    Returns whether it did: on a platform without them, or if they cannot start (too many watches),
    the server keeps polling."""
    polling = getattr(server, "observer", None)
    events = watchdog.observers.Observer
    if not isinstance(polling, PollingObserver) or issubclass(events, PollingObserver) or polling.is_alive():
        return False
    native = events()
    try:
        for emitter in list(polling.emitters):
            # A watched file (mkdocs.yml) is watched through its folder, which is `path` then.
            path = getattr(emitter.watch, "raw_path", emitter.watch.path)
            for handler in _handlers(polling, emitter.watch):
                if os.path.isfile(path):
                    handler = OnePath(handler, path)
                native.schedule(handler, path, recursive=emitter.watch.is_recursive, event_filter=CHANGES)
        native.start()  # here, where a failure can fall back to polling
    except (OSError, AttributeError) as error:
        log.info(f"docs_gen: file events unavailable ({error}); MkDocs polls for changes")
        native.stop()
        return False
    polling.unschedule_all()
    native.start = _running  # type: ignore[method-assign]  # the server starts its observer again
    server.observer = native
    return True


def _running() -> None:
    """Started already."""


class OnePath(ev.FileSystemEventHandler):
    """Passes on the events of one file only: the system watches a file through its folder, which
    holds other files (a log written beside mkdocs.yml must not rebuild again and again)."""

    def __init__(self, handler: ev.FileSystemEventHandler, path: str) -> None:
        self.handler, self.path = handler, os.fspath(path)

    def on_any_event(self, event: ev.FileSystemEvent) -> None:
        if self.path in (os.fsdecode(event.src_path), os.fsdecode(event.dest_path)):
            self.handler.on_any_event(event)


def _handlers(observer: BaseObserver, watch) -> list[ev.FileSystemEventHandler]:
    """The handlers the server gave a watch (watchdog keeps them by watch and names no accessor)."""
    return list(observer._handlers.get(watch, ()))
