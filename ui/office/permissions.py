"""The ribbon hides what the signed-in user's role may not do (the services refuse it anyway)."""

from __future__ import annotations

# action id -> the permission it needs (docs/office.md); actions not named need only sign-in
ACTION_PERMISSIONS = {
    "new_case": "case.write",
    "delete_record": "case.write",
    "register_payment": "journal.post",
    "post_journal": "journal.post",
    "payment_plan": "plans.write",
    "statement": "case.read",
    "export_pdf": "reports.read",
    "export_excel": "reports.read",
    "export_csv": "reports.read",
    "export_word": "reports.read",
    "report_status": "reports.read",
}

# navigation page id -> the permissions of which one shows it (the page asks the services anyway)
PAGE_PERMISSIONS = {"office_users": ("users.manage", "audit.read")}


def hide_forbidden_pages(navigation, permissions: frozenset[str] | None) -> list[str]:
    """Hide the navigation entries of pages the role has no use for (an empty group goes too);
    None (no sign-in) hides nothing. Returns the hidden page ids."""
    if permissions is None:
        return []
    hidden = []
    for page_id, needed in PAGE_PERMISSIONS.items():
        item = navigation.item_of(page_id)
        if item is not None and not any(p in permissions for p in needed):
            item.setHidden(True)
            parent = item.parent()
            if parent is not None and all(
                parent.child(i).isHidden() for i in range(parent.childCount())
            ):
                parent.setHidden(True)
            hidden.append(page_id)
    return hidden


def hide_forbidden_actions(registry, permissions: frozenset[str] | None) -> list[str]:
    """Hide (and disable, so no shortcut reaches them) the actions the user may not use; None
    (no sign-in) hides nothing. Returns the hidden ids."""
    if permissions is None:
        return []
    hidden = []
    for action_id, permission in ACTION_PERMISSIONS.items():
        action = registry.get(action_id)
        if action is not None and permission not in permissions:
            action.setVisible(False)
            action.setEnabled(False)
            hidden.append(action_id)
    return hidden


def refusal_text(exc) -> str:
    """A service's refusal as the user reads it: the Danish messages, without the field codes."""
    problems = getattr(exc, "problems", None)
    return "\n".join(p.message for p in problems) if problems else str(exc)
