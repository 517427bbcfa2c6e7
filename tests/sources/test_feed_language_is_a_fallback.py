"""A feed's declared language is used only when detection cannot tell; it never overrides a detected one."""

from __future__ import annotations

import pytest

from newsdesk.sources.ingest import ingest_feed
from newsdesk.sources.models import Feed, SourceItem
from tests.lib.servers import respond, serve, static

pytestmark = pytest.mark.django_db

FRENCH_FEED = """<rss version="2.0"><channel><title>Le fil</title><language>fr-FR</language>
<item><title>Alphabet raises its spending plan for 2025</title><link>https://fil.example/en</link>
<description>Alphabet said on Thursday that it now expects to spend far more on data centres this year.</description>
</item>
<item><title>Le gouvernement présente son budget</title><link>https://fil.example/fr</link>
<description>Le ministre a détaillé jeudi les économies prévues pour l'année prochaine.</description></item>
<item><title>2025</title><link>https://fil.example/n</link><description>93 – 72</description></item>
</channel></rss>"""


def stored_languages(intranet: None, **options: object) -> dict[str, str]:
    body = respond(FRENCH_FEED.encode(), content_type="application/rss+xml")
    with serve(static({"/rss": body})) as base:
        ingest_feed(Feed.objects.create(url=f"{base}/rss", fetch_pages=False, **options))
    return dict(SourceItem.objects.values_list("url", "language"))


def test_an_english_entry_of_a_feed_declared_french_is_stored_as_english(intranet: None) -> None:
    languages = stored_languages(intranet)
    assert languages["https://fil.example/en"] == "en"
    assert languages["https://fil.example/fr"] == "fr"
    assert languages["https://fil.example/n"] == "fr"  # nothing to detect: the declared language fills in


def test_the_operators_language_for_the_feed_is_used_for_every_entry(intranet: None) -> None:
    assert set(stored_languages(intranet, language="de").values()) == {"de"}
