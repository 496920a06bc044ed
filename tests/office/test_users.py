"""Users, passwords, lock-out and tokens on real SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.office import AccessDenied, require, sign_in, users
from caplegal_desktop.services.office.audit import list_entries
from models import ApiToken, AppUser
from tests.office.builders import PASSWORD, a_client, a_department, a_user, signed_in


def test_the_first_user_to_start_becomes_administrator(app):
    actor = app.sign_in()
    assert actor.login == "test" and actor.role == "Administrator"
    assert "users.manage" in actor.permissions and not actor.is_scoped
    with app.uow() as uow:
        kinds = [line.kind for line in list_entries(uow.session)]
    assert kinds == ["user_added"]


def test_passwords_are_kept_only_as_argon2id_hashes(admin):
    a_user(admin, "abh", "Sagsbehandler", name="Anne B. Hansen")
    with admin.uow() as uow:
        stored = uow.session.scalar(select(AppUser.password_hash).where(AppUser.login == "abh"))
        audit_text = " ".join(str(line.detail) for line in list_entries(uow.session))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert PASSWORD not in audit_text


def test_a_temporary_password_must_be_changed_before_anything_else(admin):
    # GIVEN a user made by the administrator with a temporary password
    a_user(admin, "sek", "Sekretær")
    # WHEN they sign in
    seat = signed_in(admin, "sek")
    # THEN they may do nothing until they change it
    assert seat.actor.must_change_password
    with seat.uow() as uow, pytest.raises(AccessDenied, match="Skift din adgangskode"):
        require(uow.session, "case.read")
    # AND after changing it they may do what a Sekretær does
    seat = signed_in(admin, "sek", change_to="Ny-Adgang-2026")
    assert not seat.actor.must_change_password
    with seat.uow() as uow:
        assert require(uow.session, "case.read").role == "Sekretaer"


def test_repeated_wrong_passwords_lock_the_user_for_a_growing_time(admin):
    a_user(admin, "bog", "Bogholder")
    now = datetime(2026, 12, 1, 10, 0, 0)
    delays = []
    with admin.uow() as uow:
        for _attempt in range(5):
            result = sign_in.sign_in_password(
                uow.session, login="bog", password="forkert-kode", now=now
            )
            assert not result.ok
            user = uow.session.scalar(select(AppUser).where(AppUser.login == "bog"))
            delays.append(user.locked_until and (user.locked_until - now).total_seconds())
            if user.locked_until:
                now = user.locked_until  # the next try comes when the lock has run out
        # the right password while locked is refused too, without telling anything more
        locked = sign_in.sign_in_password(
            uow.session, login="bog", password=PASSWORD, now=now - timedelta(seconds=1)
        )
        assert "spærret" in locked.message
        opened = sign_in.sign_in_password(uow.session, login="bog", password=PASSWORD, now=now)
        uow.commit()
    assert delays == [None, None, 30, 60, 120]
    assert opened.ok and opened.actor.role == "Bogholder"
    with admin.uow() as uow:
        kinds = [line.kind for line in list_entries(uow.session, login="bog")]
    assert kinds.count("sign_in_failed") == 6 and kinds.count("locked_out") == 3
    assert kinds[0] == "sign_in"


def test_an_unknown_login_and_a_wrong_password_get_the_same_answer(admin):
    a_user(admin, "abh", "Sagsbehandler")
    with admin.uow() as uow:
        unknown = sign_in.sign_in_password(uow.session, login="nobody", password="x" * 12)
        wrong = sign_in.sign_in_password(uow.session, login="abh", password="x" * 12)
    assert unknown.message == wrong.message == "Forkert brugernavn eller adgangskode."


def test_a_disabled_user_cannot_sign_in_and_the_last_administrator_stays(admin):
    a_user(admin, "rev", "Revisor")
    with admin.uow(write=True) as uow:
        users.disable_user(uow.session, login="rev")
        uow.commit()
    with pytest.raises(AccessDenied, match="deaktiveret"):
        signed_in(admin, "rev")
    with admin.uow(write=True) as uow, pytest.raises(ValidationError, match="sidste aktive"):
        users.disable_user(uow.session, login="test")


def test_api_tokens_are_shown_once_and_kept_as_a_hash(admin):
    a_client(admin, "K100", "Dansk Boldspil")
    a_user(admin, "portal", "Klient", client_no="K100")
    with admin.uow(write=True) as uow:
        token = users.create_token(uow.session, login="portal")
        uow.commit()
    with admin.uow() as uow:
        stored = list(uow.session.scalars(select(ApiToken.token_hash)))
    assert token not in stored and len(stored[0]) == 64
    other = type(admin)(admin.database, admin.settings, "x")
    assert other.sign_in(token=token).login == "portal"
    with admin.uow(write=True) as uow:
        assert users.revoke_tokens(uow.session, login="portal") == 1
        uow.commit()
    with pytest.raises(AccessDenied, match="API-nøglen"):
        other.sign_in(token=token)


def test_a_klient_user_is_scoped_to_the_departments_granted(admin):
    a_client(admin, "K100", "Dansk Boldspil")
    a_department(admin, "K100", "NORD", "Klubber i Nordjylland")
    a_department(admin, "K100", "SYD", "Klubber i Sønderjylland")
    a_user(admin, "nord", "Klient", client_no="K100", departments=["NORD"])
    actor = signed_in(admin, "nord", change_to="Ny-Adgang-2026").actor
    assert actor.is_scoped and actor.client_id and len(actor.department_ids) == 1
    with admin.uow(write=True) as uow, pytest.raises(ValidationError, match="VEST"):
        users.add_user(uow.session, login="vest", role_name="Klient", password=PASSWORD,
                       client_no="K100", departments=["VEST"])  # fmt: skip


def test_a_role_without_users_manage_is_refused_audited_and_nothing_changes(admin):
    a_user(admin, "sek", "Sekretaer")
    seat = signed_in(admin, "sek", change_to="Ny-Adgang-2026")
    with seat.uow(write=True) as uow, pytest.raises(AccessDenied, match="administrere brugere"):
        users.add_user(uow.session, login="ny", role_name="Administrator", password=PASSWORD)
    with admin.uow() as uow:
        assert uow.session.scalar(select(AppUser.id).where(AppUser.login == "ny")) is None
        refused = list_entries(uow.session, kind="refused")
    assert refused[0].login == "sek" and "users.manage" in refused[0].detail
