"""Run every benchmark module bench/bench_*.py and write bench/results.json.

Each module exposes run() -> list of {"name", "unit", "value", "baseline", "ratio"}, the baseline
measured in the same run. Usage: python -m bench.run [name-substring ...]
"""

from __future__ import annotations

import importlib
import json
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    results, failures = [], []
    for path in sorted(HERE.glob("bench_*.py")):
        if argv and not any(word in path.stem for word in argv):
            continue
        started = time.perf_counter()
        print(f"# {path.stem} ...", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"bench.{path.stem}")
            for row in module.run():
                results.append(row)
                print(json.dumps(row, ensure_ascii=False), flush=True)
        except Exception:
            failures.append(path.stem)
            traceback.print_exc()
        print(f"# {path.stem}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    (HERE / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
