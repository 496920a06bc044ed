"""The portal in Debian's chromium (Playwright), as a client's person uses it: sign in, quick
search from the header, open a case, switch language in the header, sign out — on a 1366x768
screen and a 390-px phone (no sideways scrolling of the page itself). Screenshots of sign-in,
overview, cases and the case go to /tmp/portal-shots/ for a person to look at."""

import shutil
from pathlib import Path

import pytest

from tests.portal.conftest import NEW_PASSWORD

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api")
SHOTS = Path("/tmp/portal-shots")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_sign_in_search_open_switch_language_and_sign_out(server, world, database_url):
    backend = "pg" if database_url.startswith("postgresql") else "sqlite"
    SHOTS.mkdir(exist_ok=True)
    case_no = world["A"][1]
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for width, height, tag in ((1366, 768, "wide"), (390, 844, "phone")):
            page = browser.new_page(viewport={"width": width, "height": height})

            def shot(name: str, page=page, tag=tag, width=width) -> None:
                page.screenshot(path=SHOTS / f"{name}_{tag}_{backend}.png", full_page=True)
                wide = page.evaluate("document.documentElement.scrollWidth")
                assert wide <= width, f"{name} scrolls sideways at {width} px ({wide} px)"

            def menu(page=page, tag=tag) -> None:
                if tag == "phone" and not page.is_visible("header form.quick"):
                    page.click("label.menu-button")

            page.goto(server + "/login?lang=da")
            assert page.inner_text("h1") == "Log ind"
            shot("login")
            page.fill("input[name=login]", "fyn")
            page.fill("input[name=password]", NEW_PASSWORD)
            with page.expect_navigation():
                page.click("form[action='/login'] button[type=submit]")
            assert page.url == server + "/"
            shot("overview")
            menu()
            if tag == "phone":
                shot("menu")
            page.fill("header input[name=q]", "Sørensen")
            with page.expect_navigation():
                page.keyboard.press("Enter")
            assert "Jens Ærø Sørensen" in page.inner_text("main")
            shot("cases")
            with page.expect_navigation():
                page.click(f"main a:has-text('{case_no}')")
            assert "gæld i alt" in page.inner_text("main").lower()  # shown in capitals
            assert "1.200,00" in page.inner_text("main")
            shot("case")
            menu()
            with page.expect_navigation():
                page.click("header form.langs button[value=sv]")
            assert page.url == server + f"/cases/{case_no}"
            assert "skuld" in page.inner_text("main").lower()  # the debt, in Swedish
            assert "1\u00a0200,00" in page.inner_text("main")
            shot("case_sv")
            menu()
            with page.expect_navigation():
                page.click("header form.langs button[value=da]")  # back for the next round
            menu()
            with page.expect_navigation():
                page.click("header form.out button")
            assert page.url == server + "/login"
            page.goto(server + "/")
            assert page.url == server + "/login"  # signed out for good
            page.close()
        browser.close()


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_an_english_browser_shows_a_danish_user_danish_dates(server, world, app):
    """The browser speaks American English; the user speaks Danish: the payment form shows and
    takes dd-mm-åååå, and the payment is booked on the day typed."""
    from datetime import date, timedelta

    from sqlalchemy import select

    from models import JournalLine

    case_id, case_no = world["A"]
    day = date.today() - timedelta(days=3)
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(locale="en-US", viewport={"width": 1366, "height": 768})
        page = context.new_page()
        page.goto(server + "/login?lang=da")
        page.fill("input[name=login]", "fyn")
        page.fill("input[name=password]", NEW_PASSWORD)
        with page.expect_navigation():
            page.click("form[action='/login'] button[type=submit]")
        page.goto(server + f"/register/payment?case={case_no}")
        field = page.locator("input[name=date]")
        assert field.get_attribute("placeholder") == "dd-mm-åååå"
        assert field.input_value() == date.today().strftime("%d-%m-%Y")
        page.fill("input[name=amount]", "125,50")
        field.fill("31-02-2026")
        with page.expect_navigation():
            page.click("#register-payment button.primary")
        assert "Skriv den som dd-mm-åååå" in page.inner_text("main")
        page.screenshot(path=SHOTS / "register_payment_bad_date_wide.png", full_page=True)
        page.locator("input[name=date]").fill(day.strftime("%d-%m-%Y"))
        with page.expect_navigation():
            page.click("#register-payment button.primary")
        assert page.locator("#payment-done").is_visible()
        page.screenshot(path=SHOTS / "register_payment_done_wide.png", full_page=True)
        context.close()
        browser.close()
    with app.uow() as uow:
        days = uow.session.scalars(
            select(JournalLine.posting_date).where(JournalLine.case_id == case_id)
        ).all()
    assert days == [day]
