"""The index shows each article's key figure, with its label; an article with none shows its card's thumbnail."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.sources.models import SourceItem
from tests.figured import figured_article

from .conftest import make_article

pytestmark = pytest.mark.django_db


def test_each_article_shows_its_key_figure_or_its_card(client: Client, french_item: SourceItem) -> None:
    figured = figured_article(french_item)
    plain = make_article("The council met", "Nothing was decided.")  # written before citations: no checked figure
    html = client.get("/").content.decode()
    entries = {pk: html[html.index(f'href="/articles/{pk}/'):] for pk in (figured.pk, plain.pk)}
    entry = entries[figured.pk].split("</article>")[0]
    assert ('<p class="key-figure"><span class="figure-value">$14.3 billion</span> '
            '<span class="figure-label">Invested in Scale AI</span></p>') in entry
    assert "card-small.png" not in entry
    entry = entries[plain.pk].split("</article>")[0]
    assert f'<img class="card-thumb" src="/articles/{plain.pk}/card-small.png" width="400" height="210" alt=""' in entry
    assert 'class="key-figure"' not in entry
    assert client.get(f"/articles/{plain.pk}/card-small.png").status_code == 200
