"""Worker processes that end with the process that started them.

A parent killed outright (``kill -9``, out of memory) cannot shut its workers down;
reparented, they would compute on for nothing (and a build's would hold the output
folder's lock). :func:`exit_with_parent` starts a daemon thread that watches the
parent's pid (portable, unlike Linux's ``PR_SET_PDEATHSIG``, which fires when the
forking *thread* ends) and ends the process when it changes. The build's extraction
workers and the endpoint's query workers both call it.
"""

from __future__ import annotations

import os
import threading
import time

#: Seconds between a worker's checks that its parent is still alive.
PARENT_POLL = 0.5


def exit_with_parent(parent: int, *, poll: float = PARENT_POLL) -> None:
    """End this process within ``poll`` seconds of the process ``parent`` ending."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll)
        os._exit(1)

    threading.Thread(target=watch, name="kg-exit-with-parent", daemon=True).start()
