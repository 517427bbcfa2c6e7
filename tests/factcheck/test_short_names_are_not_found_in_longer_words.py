"""A short name (two consonants: Neva) is not found in a source word with two more (Novinky)."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text


def test_a_short_river_name_is_not_found_in_a_longer_word() -> None:
    """"Neva" starts like the news site "Novinky" by its consonants, but is no name of it."""
    report = check_text(source="Podle serveru Novinky zákon projde.", article="According to Neva, the law will pass.",
                        language="cs")
    assert [(c.text, c.verdict) for c in report.failing()] == [("Neva", "unsupported")]


def test_a_short_name_with_an_ending_is_still_found() -> None:
    """Polish declines "Bush" as "Busha": one consonant more is an ending."""
    report = check_text(source="Rozmawiano o polityce George'a Busha.", article="They discussed George Bush's policy.",
                        language="pl")
    assert report.passed, [(c.text, c.note) for c in report.failing()]
