"""Chinese and Japanese shares in tenths (三成, ３割), compound scales (万亿, लाख करोड़) and "800多万" are read."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.numbers import find_quantities
from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("zh", "约三成的受访者表示支持。", "About 30% of respondents said they supported it."),
        ("ja", "約３割の人が反対した。", "About 30% of people were against it."),
        ("zh", "该公司市值达到2万亿元。", "The company's market value reached 2 trillion yuan."),
        ("zh", "该市有800多万人口。", "The city has a population of more than 8 million."),
    ],
)
def test_figure_is_read(language: str, source: str, article: str) -> None:
    assert check_text(source=source, article=article, language=language).passed


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("zh", "约三成的受访者表示支持。", "About 40% of respondents said they supported it."),
        ("ja", "約３割の人が反対した。", "About 3% of people were against it."),
        ("zh", "该公司市值达到2万亿元。", "The company's market value reached 2 billion yuan."),
        ("zh", "该市有800多万人口。", "The city has a population of more than 9 million."),
    ],
)
def test_another_figure_fails(language: str, source: str, article: str) -> None:
    assert not check_text(source=source, article=article, language=language).passed


def test_the_verb_cheng_is_no_share() -> None:
    """成 in 成为 (to become) is no tenth."""
    assert [q.kind for q in find_quantities("三人成为冠军。", language="zh")] == ["plain"]


def test_lakh_crore_is_a_trillion() -> None:
    """20 लाख करोड़ is 20 × 100,000 × 10,000,000: 20 trillion, and 20 lakh crore."""
    source = "सरकार ने 20 लाख करोड़ रुपये के पैकेज की घोषणा की।"
    assert check_text(source=source, article="The government announced a Rs 20 trillion package.", language="hi").passed
    assert not check_text(source=source, article="The government announced a Rs 20 billion package.",
                          language="hi").passed
