"""Password guessing at /admin/login/: one address is paused after a few failures, and only for the cool-off."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.test import Client, override_settings
from django.utils import timezone

# A fast hasher: the test is about the lockout, not about the cost of a guess.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("fast_hasher"),
]

GUESSER = "203.0.113.7"
EDITOR = "198.51.100.20"


@pytest.fixture
def fast_hasher() -> Iterator[None]:
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture
def alice(db: None) -> User:
    return User.objects.create_superuser("alice", "alice@example.com", "correct horse")


def log_in(address: str, password: str, username: str = "alice") -> tuple[Client, HttpResponse]:
    browser = Client(REMOTE_ADDR=address)
    response = browser.post(
        "/admin/login/?next=/admin/", {"username": username, "password": password}, REMOTE_ADDR=address
    )
    return browser, response


def logged_in(browser: Client) -> bool:
    return browser.get("/admin/").status_code == 200


def test_a_guessing_address_is_refused_with_a_page_saying_to_wait(
    alice: User, caplog: pytest.LogCaptureFixture
) -> None:
    """After the failure limit, even the right password from that address gets the lockout page (429)."""
    limit = settings.AXES_FAILURE_LIMIT
    for n in range(limit - 1):
        _, response = log_in(GUESSER, f"wrong {n}")
        assert response.status_code == 200 and b"Please enter the correct username" in response.content
    with caplog.at_level(logging.WARNING, logger="axes"):
        _, response = log_in(GUESSER, "wrong again")
    assert response.status_code == 429
    assert any("Locking out" in r.getMessage() and GUESSER in r.getMessage() for r in caplog.records)

    browser, response = log_in(GUESSER, "correct horse")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed logins" in page
    assert f"after {limit} failed attempts" in page
    assert "Wait 5 minutes, then" in page
    assert not logged_in(browser)


def test_the_lockout_ends_after_the_cool_off(alice: User) -> None:
    """Once the cool-off has passed, the right password from the same address logs in."""
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(GUESSER, f"wrong {n}")
    with time_machine.travel(timezone.now() + settings.AXES_COOLOFF_TIME - timedelta(seconds=5), tick=False):
        browser, response = log_in(GUESSER, "correct horse")
        assert response.status_code == 429 and not logged_in(browser)
    with time_machine.travel(timezone.now() + settings.AXES_COOLOFF_TIME + timedelta(seconds=5), tick=False):
        browser, response = log_in(GUESSER, "correct horse")
        assert response.status_code == 302 and response["Location"] == "/admin/"
        assert logged_in(browser)


def test_a_guesser_elsewhere_does_not_lock_the_editor_out(alice: User) -> None:
    """Failures against alice's name from one address leave alice free to log in from hers."""
    for n in range(settings.AXES_FAILURE_LIMIT + 3):
        log_in(GUESSER, f"wrong {n}")
    assert log_in(GUESSER, "correct horse")[1].status_code == 429
    browser, response = log_in(EDITOR, "correct horse")
    assert response.status_code == 302
    assert logged_in(browser)


def test_usernames_sprayed_from_one_address_count_together(alice: User) -> None:
    """Trying a different username each time does not get round the limit."""
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(GUESSER, "password1", username=f"user{n}")
    assert log_in(GUESSER, "correct horse")[1].status_code == 429


def test_a_success_clears_an_editors_earlier_typos(alice: User) -> None:
    """An editor who mistyped a few times and then logged in starts again from no failures."""
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(EDITOR, f"typo {n}")
    assert log_in(EDITOR, "correct horse")[1].status_code == 302
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(EDITOR, f"typo {n}")[1].status_code == 200
    assert log_in(EDITOR, "correct horse")[1].status_code == 302


def test_a_parallel_try_from_the_same_address_is_refused_and_counted(alice: User) -> None:
    """While one password from an address is being checked, another from it is refused unhashed, as a failure."""
    from axes.models import AccessAttempt

    from newsdesk.lib.logins import checking

    with checking(GUESSER) as claimed:
        assert claimed
        browser, response = log_in(GUESSER, "correct horse")
        assert response.status_code == 200 and b"Please enter the correct username" in response.content
        assert not logged_in(browser)
        browser, response = log_in(EDITOR, "correct horse")
        assert response.status_code == 302 and logged_in(browser)
    assert AccessAttempt.objects.get(ip_address=GUESSER).failures_since_start == 1
    browser, response = log_in(GUESSER, "correct horse")
    assert response.status_code == 302 and logged_in(browser)
