"""A second seat for the kill test: `python -m tests.client_funds.worker URL MODE`.

MODE "post": print READY, wait for a line, post every draft, print the outcome as JSON.
MODE "die-halfway": the same, but after half the settlements are written print HALF and wait
to be killed.
"""

from __future__ import annotations

import json
import sys
import time

from caplegal_desktop.app import AppContext
from caplegal_desktop.services.client_funds import post_settlements


def main(url: str, mode: str) -> None:
    context = AppContext.open(url, user="seat")
    print("READY", flush=True)
    sys.stdin.readline()
    with context.uow(write=True) as uow:

        def halfway(done: int, total: int) -> None:
            if mode == "die-halfway" and done == total // 2:
                uow.session.flush()  # the first half is written to the database, uncommitted
                print("HALF", flush=True)
                time.sleep(120)

        changed = post_settlements(uow.session, user="seat", progress=halfway)
        uow.commit()
    print(json.dumps({"posted": len(changed.settlement_ids)}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
