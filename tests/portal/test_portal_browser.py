"""The portal in a real browser (Debian's chromium through Playwright): sign in, the overview,
quick search from the header, a case — at 1366x768 and on a 390-px phone; screenshots saved in
the test's folder for a person to look at."""

import shutil

import pytest

from tests.portal.conftest import NEW_PASSWORD

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_a_client_signs_in_searches_and_opens_a_case_in_a_real_browser(server, world, tmp_path):
    sync_playwright = playwright.sync_playwright
    case_no = world["A"][1]

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for width, height, tag in ((1366, 768, "wide"), (390, 844, "phone")):
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(server + "/login")
            page.screenshot(path=tmp_path / f"login_{tag}.png")
            page.fill("input[name=login]", "fyn")
            page.fill("input[name=password]", NEW_PASSWORD)
            with page.expect_navigation():
                page.click("button[type=submit]")
            assert page.url == server + "/"
            assert case_no in page.inner_text("main")
            page.screenshot(path=tmp_path / f"overview_{tag}.png", full_page=True)
            if tag == "phone":  # the header folds into a menu on a phone
                assert not page.is_visible("header input[name=q]")
                page.click("label.menu-button")
            page.fill("header input[name=q]", "Sørensen")
            with page.expect_navigation():
                page.keyboard.press("Enter")
            assert "Jens Ærø Sørensen" in page.inner_text("main")
            page.screenshot(path=tmp_path / f"search_{tag}.png", full_page=True)
            with page.expect_navigation():
                page.click(f"text={case_no}")
            assert "gæld i alt" in page.inner_text(
                "main"
            ).lower() and "1.200,00" in page.inner_text("main")
            page.screenshot(path=tmp_path / f"case_{tag}.png", full_page=True)
            page.close()
        browser.close()
