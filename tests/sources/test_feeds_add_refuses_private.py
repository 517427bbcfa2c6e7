"""`newsdesk feeds add` and OPML imports refuse at once what a fetch would refuse, in `add --url`'s words."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from newsdesk.sources.models import Feed
from tests.lib.servers import serve, static

from .conftest import feed_response

pytestmark = pytest.mark.django_db


def feeds(*args: str) -> str:
    out = StringIO()
    call_command("feeds", *args, stdout=out, stderr=out)
    return out.getvalue()


def refusal_of_add_url(url: str) -> str:
    with pytest.raises(CommandError) as refused:
        call_command("add", url=url, stdout=StringIO())
    return str(refused.value)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata address"),
        ("http://127.0.0.1/feed", "127.0.0.1 is loopback"),
        ("http://[::1]/feed", "::1 is loopback"),
        ("http://10.0.0.7/rss", "10.0.0.7 is private"),
        ("http://0x7f000001/feed", "an IPv4 address in an unusual spelling"),
        ("http://2130706433/feed", "an IPv4 address in an unusual spelling"),
        ("http://wire.example:99999/rss", "Port out of range"),
        ("http://wire.example:0/rss", "port 0 is not a port"),
        ("http://[::1/feed", "Invalid IPv6 URL"),
        ("http://wire example/rss", "is not a valid host name"),
        ("http://user:pw@wire.example/rss", "carries credentials"),
    ],
)
def test_a_feed_fetch_would_refuse_is_refused_with_add_urls_error(url: str, message: str) -> None:
    with pytest.raises(CommandError, match=message) as refused:
        feeds("add", url)
    assert str(refused.value) == refusal_of_add_url(url)
    assert "\n" not in str(refused.value)
    assert not Feed.objects.exists()


def test_a_private_address_refusal_names_the_setting_that_allows_it() -> None:
    with pytest.raises(CommandError, match=r"set NEWSDESK_ALLOW_PRIVATE_NETWORKS=1 to allow private addresses"):
        feeds("add", "http://192.168.1.10/rss")


def test_the_metadata_address_is_refused_even_with_private_networks_allowed(settings) -> None:
    settings.NEWSDESK_ALLOW_PRIVATE_NETWORKS = True
    with pytest.raises(CommandError, match="cloud metadata address") as refused:
        feeds("add", "http://169.254.169.254/latest/")
    assert "NEWSDESK_ALLOW_PRIVATE_NETWORKS" not in str(refused.value)
    assert not Feed.objects.exists()


def test_a_private_feed_is_followed_when_private_networks_are_allowed(settings) -> None:
    settings.NEWSDESK_ALLOW_PRIVATE_NETWORKS = True
    assert "following: feed" in feeds("add", "http://10.0.0.7/rss")
    assert Feed.objects.get().url == "http://10.0.0.7/rss"


def test_a_public_host_name_is_followed_without_being_resolved() -> None:
    feeds("add", "https://wire.example:8443/rss")
    assert Feed.objects.get().url == "https://wire.example:8443/rss"


def test_add_url_names_the_setting_too() -> None:
    with serve(static({"/a": feed_response("article.html")})) as base:
        message = refusal_of_add_url(f"{base}/a")
    assert message.startswith(f"refused {base}/a: 127.0.0.1 is loopback")
    assert "NEWSDESK_ALLOW_PRIVATE_NETWORKS" in message


def test_opml_import_skips_what_a_fetch_would_refuse_one_line_each(tmp_path: Path) -> None:
    path = tmp_path / "subs.opml"
    path.write_text(
        '<opml version="2.0"><body>'
        '<outline text="Good" xmlUrl="https://one.example/rss"/>'
        '<outline text="Metadata" xmlUrl="http://169.254.169.254/latest/"/>'
        '<outline text="Hex" xmlUrl="http://0x7f000001/feed"/>'
        '<outline text="Broken" xmlUrl="http://[::1/feed"/>'
        '<outline text="Port" xmlUrl="http://two.example:70000/rss"/>'
        "</body></opml>"
    )
    out = feeds("import", str(path))
    skipped = [line for line in out.splitlines() if line.startswith("skipped: ")]
    assert len(skipped) == 4
    assert "Traceback" not in out
    assert list(Feed.objects.values_list("url", flat=True)) == ["https://one.example/rss"]
