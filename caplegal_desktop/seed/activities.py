"""The default activity workflows (aktivitetsforløb), seeded once from activity_workflows_dk.json.

Idempotent: a workflow whose code exists is left as the firm configured it.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ActivityStep, ActivityWorkflow
from workflows.bundle import package_data_dir

WORKFLOWS_FILE = package_data_dir("caplegal_desktop.seed") / "activity_workflows_dk.json"


def seed_activity_workflows(session: Session) -> bool:
    """Add the default workflows that are missing. True when something was added."""
    spec = json.loads(WORKFLOWS_FILE.read_text(encoding="utf-8"))
    existing = set(session.scalars(select(ActivityWorkflow.code)))
    added = False
    for workflow in spec["workflows"]:
        if workflow["code"] in existing:
            continue
        row = ActivityWorkflow(code=workflow["code"], description=workflow["description"])
        row.steps = [
            ActivityStep(**{"after_previous_deadline": False, **step}) for step in workflow["steps"]
        ]
        session.add(row)
        added = True
    if added:
        session.flush()
    return added
