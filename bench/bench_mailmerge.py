"""Mail merge throughput: 10,000 reminders from one template vs docx-mailmerge2.

Both merge the same template (templates/letters/rykker.docx) and the same records, the claims
table included, and produce one complete .docx per letter in memory. Ours runs in two
processes (the target machine has two cores); the baseline merges 1,000 letters in one process
and is scaled to 10,000. A second entry compares one process against one process.
"""

from __future__ import annotations

import io
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from workflows.mailmerge import MergeTemplate
from workflows.mailmerge._values import format_value
from workflows.mailmerge.field_catalogue import CLAIMS_GROUP, example_record

TEMPLATE = Path(__file__).resolve().parents[1] / "templates" / "letters" / "rykker.docx"
LETTERS = 10_000
BASELINE_LETTERS = 1_000
PROCESSES = 2


def _records(count: int, offset: int = 0) -> list[dict]:
    base = example_record()
    return [base | {"Sag_Nr": f"2026-{offset + n:05d}"} for n in range(count)]


def _ours(count: int, offset: int = 0) -> int:
    template = MergeTemplate.load(TEMPLATE)
    size = 0
    for record in _records(count, offset):
        size += len(template.render(record))
    return size


def _ours_parallel(count: int) -> float:
    share = count // PROCESSES
    started = time.perf_counter()
    with ProcessPoolExecutor(PROCESSES) as pool:
        list(pool.map(_ours, [share] * PROCESSES, [n * share for n in range(PROCESSES)]))
    return time.perf_counter() - started


def _baseline(count: int) -> float:
    from mailmerge import MailMerge  # docx-mailmerge2

    records = _records(count)
    started = time.perf_counter()
    for record in records:
        values = {k: format_value(v) for k, v in record.items() if k != CLAIMS_GROUP}
        claims = [{k: format_value(v) for k, v in c.items()} for c in record[CLAIMS_GROUP]]
        with MailMerge(str(TEMPLATE)) as document:
            document.merge(**values)
            document.merge_rows("Fordring_Nr", claims)
            document.write(io.BytesIO())
    return time.perf_counter() - started


def run() -> list[dict]:
    baseline = _baseline(BASELINE_LETTERS) * LETTERS / BASELINE_LETTERS
    parallel = _ours_parallel(LETTERS)
    started = time.perf_counter()
    _ours(BASELINE_LETTERS)
    single = (time.perf_counter() - started) * LETTERS / BASELINE_LETTERS
    return [
        {
            "name": "mail merge 10,000 letters (2 processes) vs docx-mailmerge2",
            "unit": "s",
            "value": round(parallel, 3),
            "baseline": round(baseline, 3),
            "ratio": round(parallel / baseline, 4),
        },
        {
            "name": "mail merge 10,000 letters (1 process, scaled) vs docx-mailmerge2",
            "unit": "s",
            "value": round(single, 3),
            "baseline": round(baseline, 3),
            "ratio": round(single / baseline, 4),
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
