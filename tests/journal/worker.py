"""A second seat for the process tests: `python -m tests.journal.worker URL BATCH_ID MODE`.

MODE "post": print READY, wait for a line on stdin, press F9, print the outcome as JSON.
MODE "die-halfway": post, and after half the entries are written print HALF and wait to be killed.
"""

from __future__ import annotations

import json
import sys
import time

from caplegal_desktop.app import AppContext
from caplegal_desktop.errors import Conflict
from caplegal_desktop.services.journal import posting


def main(url: str, batch_id: int, mode: str) -> None:
    context = AppContext.open(url, user="seat")

    def halfway(done: int, total: int) -> None:
        if mode == "die-halfway" and done >= total // 2:
            print("HALF", flush=True)
            time.sleep(120)

    print("READY", flush=True)
    sys.stdin.readline()
    try:
        with context.uow(write=True) as uow:
            result = posting.post_batch(uow, batch_id=batch_id, progress=halfway)
        print(json.dumps({"posted": len(result.entries)}), flush=True)
    except Conflict as exc:
        print(json.dumps({"conflict": str(exc)}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
