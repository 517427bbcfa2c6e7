"""An article held with no text (its renderings made no brief) can be started on the desk from the source's
sentences in English, each citing its own source sentence, and is checked at once."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.review.models import Version
from newsdesk.sources.models import SourceItem

pytestmark = pytest.mark.django_db


@pytest.fixture
def textless(french_item: SourceItem) -> Article:
    sentences = list(french_item.sentences)
    sentences[0] = {**sentences[0], "english": "Meta invests $14.3 billion in Scale AI.", "checked": True}
    sentences[1] = {**sentences[1], "english": "On October 30, Meta presented its third-quarter results and "
                    "detailed a $14.3 billion investment in Scale AI", "checked": True}
    SourceItem.objects.filter(pk=french_item.pk).update(sentences=sentences)
    return Article.objects.create(story=french_item.story, status=Article.Status.HELD, hold_reason="no brief")


def test_no_text_is_never_published_even_with_a_reason(desk: Client, textless: Article) -> None:
    said = desk.post(f"/desk/articles/{textless.pk}/publish/", {"reason": "urgent"}, follow=True).content.decode()
    assert "The text needs a headline and a standfirst sentence before it can be published." in said
    assert Article.objects.get(pk=textless.pk).status == Article.Status.HELD


def test_start_from_the_sources_sentences(desk: Client, textless: Article) -> None:
    page = desk.get(f"/desk/articles/{textless.pk}/").content.decode()
    assert "<h1>Meta investit 14,3 milliards de dollars dans Scale AI</h1>" in page  # the source's title
    assert "Start from the source's sentences" in page
    said = desk.post(f"/desk/articles/{textless.pk}/start/", {"base": "1"}, follow=True).content.decode()
    assert "Started from the source&#x27;s sentences in English; checked:" in said
    text = Version.objects.filter(article=textless).order_by("-number").first()
    assert text is not None and text.made == Version.Made.EDITOR
    parts = [(s["part"], s["cites"]) for s in text.sentences]
    assert parts == [("headline", [1]), ("standfirst", [2]), ("body", [3]), ("body", [4])]
    assert text.sentences[0]["text"] == "Meta invests $14.3 billion in Scale AI"
    assert text.sentences[1]["text"].endswith("in Scale AI.")  # its full stop put back
    assert text.sentences[2]["text"].startswith("Le groupe prévoit")  # no rendering: the original, which fails
    assert text.passed is False
    assert 'data-verdict="unsupported"' in said or 'data-verdict="contradicted"' in said
    again = desk.post(f"/desk/articles/{textless.pk}/start/", follow=True).content.decode()
    assert "The article already has a text: edit its sentences instead." in again


def test_once_fixed_it_is_published_with_its_source(desk: Client, textless: Article) -> None:
    desk.post(f"/desk/articles/{textless.pk}/start/")
    for n, text in ((3, "Meta expects up to $72 billion of capital spending in 2025."),
                    (4, "Its advertising revenue rose 26% year on year to $51.24 billion.")):
        desk.post(f"/desk/articles/{textless.pk}/sentences/{n}/", {"text": text, "cites": str(n)})
    desk.post(f"/desk/articles/{textless.pk}/publish/")
    textless.refresh_from_db()
    assert textless.status == Article.Status.PUBLISHED
    page = Client().get(textless.get_absolute_url()).content.decode()
    assert "Le groupe prévoit jusqu&#x27;à 72 milliards de dollars" in page  # the source beside it
    assert 'href="https://example.com/meta-scale"' in page  # and its original link


def test_the_desk_does_not_say_a_model_wrote_what_nobody_wrote(desk: Client, textless: Article) -> None:
    item = textless.story.items.get()
    sentences = list(item.sentences)
    sentences[2] = {**sentences[2], "english": "The group plans up to $27 billion of spending.", "checked": False}
    SourceItem.objects.filter(pk=item.pk).update(sentences=sentences)
    for page in (f"/desk/articles/{textless.pk}/", f"/desk/articles/{textless.pk}/preview/"):
        html = desk.get(page).content.decode()
        assert "No article text has been written from the source above yet." in html
        assert "Written by <strong>" not in html
        assert "(machine rendering that did not pass its check against the original)" in html
        assert "so the article was written from the original" not in html
    desk.post(f"/desk/articles/{textless.pk}/start/")
    html = desk.get(f"/desk/articles/{textless.pk}/preview/").content.decode()
    assert "No article text has been written" not in html
