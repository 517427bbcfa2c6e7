"""A newly held article is announced by email to the editors, once per hold, with why and where to review it.

Alice and Dan are editors with an address, Bob a reader, Charlie an editor who left.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story, publish
from newsdesk.review.desk import unpublish
from newsdesk.sources.models import Feed, SourceItem
from tests.fakes import ScriptedLLM, article_json

# committed for real, as outside tests: the email waits for the hold's transaction to commit
pytestmark = pytest.mark.django_db(transaction=True)
WRONG = article_json(headline="Meta puts $99 billion into Scale AI")


class RefusingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages: object) -> int:
        raise ConnectionRefusedError(111, "Connection refused")


@pytest.fixture(autouse=True)
def people(db: None) -> None:
    User.objects.create_superuser("alice", "alice@example.com", "pw")
    User.objects.create_user("dan", "dan@example.com", "pw", is_staff=True)
    User.objects.create_user("bob", "bob@example.com", "pw")
    User.objects.create_user("charlie", "charlie@example.com", "pw", is_staff=True, is_active=False)
    User.objects.create_user("erin", "", "pw", is_staff=True)


def test_a_held_article_is_announced_to_the_editors(french_item: SourceItem) -> None:
    article = process_story(french_item.story, llm=ScriptedLLM(WRONG))
    assert article.status == Article.Status.HELD
    [message] = mail.outbox
    assert message.to == ["alice@example.com", "dan@example.com"]
    assert message.subject == "[newsdesk] Held: Meta puts $99 billion into Scale AI"
    assert f"Why it is held: {article.hold_reason}" in message.body
    assert article.hold_reason.startswith("still failing after 3 attempt(s): ")
    assert f"Review it on the desk: /desk/articles/{article.pk}/" in message.body


def test_the_link_is_absolute_under_the_sites_url(french_item: SourceItem, settings: object) -> None:
    settings.NEWSDESK_SITE_URL = "https://news.example.com"  # type: ignore[attr-defined]
    article = process_story(french_item.story, llm=ScriptedLLM(WRONG))
    assert f"Review it on the desk: https://news.example.com/desk/articles/{article.pk}/" in mail.outbox[0].body


def test_the_editor_emails_setting_names_who_is_told(french_item: SourceItem,
                                                     settings: object) -> None:
    settings.NEWSDESK_EDITOR_EMAILS = ["desk@example.com", "night@example.com"]  # type: ignore[attr-defined]
    process_story(french_item.story, llm=ScriptedLLM(WRONG))
    assert [m.to for m in mail.outbox] == [["desk@example.com", "night@example.com"]]


def test_a_published_article_is_not_announced(french_item: SourceItem) -> None:
    assert process_story(french_item.story, llm=ScriptedLLM(article_json())).status == Article.Status.PUBLISHED
    assert mail.outbox == []


def test_one_hold_is_announced_once(french_item: SourceItem) -> None:
    article = process_story(french_item.story, llm=ScriptedLLM(WRONG))
    publish(article)  # already held: nothing changes, nothing is sent
    process_story(french_item.story, llm=ScriptedLLM(WRONG))  # no new item: left as it is
    assert article.status == Article.Status.HELD
    assert len(mail.outbox) == 1


def test_an_editor_unpublishing_is_not_announced(french_item: SourceItem) -> None:
    article = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    dave = User.objects.create_user("dave", "dave@example.com", "pw", is_staff=True)
    assert unpublish(article, dave, reason="a quote to check")
    assert Article.objects.get(pk=article.pk).status == Article.Status.HELD
    assert mail.outbox == []  # the editor who held it knows


def test_a_feed_that_holds_everything_is_announced_with_that_reason(french_item: SourceItem) -> None:
    french_item.feed = Feed.objects.create(url="https://example.com/rss", title="Wire", hold=True)
    french_item.save()
    article = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    assert article.status == Article.Status.HELD
    assert "Why it is held: feed Wire holds every article for an editor" in mail.outbox[0].body


def test_nothing_is_sent_before_the_hold_is_committed(french_item: SourceItem) -> None:
    with transaction.atomic():
        process_story(french_item.story, llm=ScriptedLLM(WRONG))
        assert mail.outbox == []
    assert len(mail.outbox) == 1


def test_nothing_is_sent_for_a_hold_that_is_rolled_back(french_item: SourceItem) -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        process_story(french_item.story, llm=ScriptedLLM(WRONG))
        raise RuntimeError("the editor's request failed after the hold")
    assert mail.outbox == []


def test_a_mail_server_that_is_down_leaves_the_article_held_and_says_so(
    french_item: SourceItem, settings: object, caplog: pytest.LogCaptureFixture
) -> None:
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"  # type: ignore[attr-defined]
    article = process_story(french_item.story, llm=ScriptedLLM(WRONG))
    assert article.status == Article.Status.HELD
    assert "could not email the editors about a held article ([newsdesk] Held: Meta puts $99 billion" in caplog.text
    assert "Connection refused" in caplog.text


def test_with_no_editor_address_nothing_is_sent(french_item: SourceItem) -> None:
    User.objects.update(email="")
    assert process_story(french_item.story, llm=ScriptedLLM(WRONG)).status == Article.Status.HELD
    assert mail.outbox == []
