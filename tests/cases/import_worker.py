"""One seat importing a case file, for the concurrency tests:
`python -m tests.cases.import_worker URL FILE` prints READY, waits for a line on stdin, imports the
file and prints the outcome as JSON (created case nos., existing ones, rejected record count)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from caplegal_desktop.app import AppContext
from caplegal_desktop.services.cases.case_import import import_cases_file


def main(url: str, path: str) -> None:
    context = AppContext.open(url, user="seat")
    print("READY", flush=True)
    sys.stdin.readline()
    with context.uow(write=True) as uow:
        result = import_cases_file(uow, Path(path), today=date(2026, 11, 23))
    print(
        json.dumps(
            {
                "created": [c.case_no for c in result.created],
                "existing": [[e.external_ref, e.case_no] for e in result.existing],
                "rejected": [r.describe() for r in result.rejected],
            }
        ),
        flush=True,
    )
    context.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
