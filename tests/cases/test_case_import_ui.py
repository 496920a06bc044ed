"""JSON case import from the desk (issue 14): the case overview's Import action takes a file,
imports every case or none on the background worker, and shows the report in a list."""

import copy
import json
from pathlib import Path

from sqlalchemy import func, select

from models import Case
from tests.cases.helpers import MAIN
from ui.app import create_main_window
from ui.case_import.dialog import run_import
from ui.framework.background import wait_for_background
from ui.service_backend import ServiceBackend

EXAMPLE = json.loads((Path(__file__).parents[2] / "docs/examples/cases.json").read_text())


def a_file(tmp_path, records) -> Path:
    path = tmp_path / "nye sager.json"
    path.write_text(json.dumps({"cases": records}, ensure_ascii=False), encoding="utf-8")
    return path


def records(count, spoil_last=False):
    made = []
    for n in range(count):
        record = copy.deepcopy(EXAMPLE["cases"][0])
        record["external_ref"] = f"UI-{n + 1}"
        made.append(record)
    if spoil_last:
        made[-1]["claims"][0]["principal"] = "mange penge"
    return made


def a_window(qtbot, ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    window = create_main_window(ServiceBackend(ctx), app_context=ctx)
    qtbot.addWidget(window)
    window.show()
    MAIN[:] = [window]
    window.show_page("case_list")
    return window


def case_count(ctx) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count(Case.id)))


def test_a_good_file_creates_the_cases_and_the_list_shows_them(
    qtbot, ctx, danish_ui, tmp_path, monkeypatch
):
    window = a_window(qtbot, ctx, tmp_path, monkeypatch)
    assert "ribbon_import_cases" in [b.objectName() for b in window.ribbon.buttons("actions")]
    path = a_file(tmp_path, records(3))
    shown = []
    run_import(window, ctx, pick=lambda _w: str(path), show=shown.append)
    assert wait_for_background()
    qtbot.waitUntil(lambda: bool(shown))
    report = shown[0]
    assert report.summary.text() == "3 sager oprettet fra nye sager.json."
    assert report.tree.topLevelItemCount() == 3 and case_count(ctx) == 3
    assert window.current_page().model.rowCount() == 3


def test_a_file_with_a_bad_record_saves_nothing_and_lists_the_problem(
    qtbot, ctx, danish_ui, tmp_path, monkeypatch
):
    window = a_window(qtbot, ctx, tmp_path, monkeypatch)
    path = a_file(tmp_path, records(2, spoil_last=True))
    shown = []
    run_import(window, ctx, pick=lambda _w: str(path), show=shown.append)
    assert wait_for_background()
    qtbot.waitUntil(lambda: bool(shown))
    report = shown[0]
    assert report.summary.text() == (
        "nye sager.json er afvist; intet er gemt. 1 post(er) med fejl:"
    )
    line = [report.tree.topLevelItem(0).text(c) for c in range(4)]
    assert line[:2] == ["2", "UI-2"] and line[3]
    assert case_count(ctx) == 0
    report.grab().save("/tmp/import_report.png")


def test_an_unreadable_file_is_one_danish_line(qtbot, ctx, danish_ui, tmp_path, monkeypatch):
    window = a_window(qtbot, ctx, tmp_path, monkeypatch)
    path = tmp_path / "ødelagt.json"
    path.write_text("{ikke json", encoding="utf-8")
    shown = []
    run_import(window, ctx, pick=lambda _w: str(path), show=shown.append)
    assert wait_for_background()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].summary.text().startswith("ødelagt.json blev ikke importeret: Filen er ikke")
