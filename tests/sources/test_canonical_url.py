"""Links to the same page are recognised: case, default ports, fragments and tracking are dropped."""

from __future__ import annotations

import pytest

from newsdesk.sources.canonical import canonical_url


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://News.Example.COM/Path?a=1", "https://news.example.com/Path?a=1"),
        ("https://news.example:443/a", "https://news.example/a"),
        ("http://news.example:80/a", "http://news.example/a"),
        ("http://news.example:8080/a", "http://news.example:8080/a"),
        ("https://news.example/a#comments", "https://news.example/a"),
        ("https://news.example", "https://news.example/"),
        (
            "https://news.example/a?utm_source=rss&utm_medium=feed&id=7&fbclid=XYZ&gclid=1",
            "https://news.example/a?id=7",
        ),
        (
            "https://news.example/a?UTM_Campaign=x&mc_cid=1&mc_eid=2&igshid=3&msclkid=4",
            "https://news.example/a",
        ),
        ("https://bücher.example/a", "https://xn--bcher-kva.example/a"),
        ("https://news.example./a", "https://news.example/a"),
    ],
)
def test_canonical_form(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_path_case_and_meaningful_parameters_are_kept() -> None:
    assert canonical_url("https://n.example/A/b?page=2&q=x") == "https://n.example/A/b?page=2&q=x"
