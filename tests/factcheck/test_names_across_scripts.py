"""Names match a source in another script, and a replaced name still fails."""

from __future__ import annotations

import importlib.util

import pytest

from newsdesk.factcheck.verify import check_text


def needs(module: str) -> pytest.MarkDecorator:
    """Japanese readings come from pykakasi and pinyin from pypinyin."""
    return pytest.mark.skipif(importlib.util.find_spec(module) is None, reason=f"{module} is not installed")


@pytest.mark.parametrize(
    ("source", "language", "article"),
    [
        ("Вчера Джон Смит посетил Бостон.", "ru", "John Smith visited Boston yesterday."),
        pytest.param("田中さんは昨日京都を訪れた。", "ja", "Tanaka visited Kyoto yesterday.", marks=needs("pykakasi")),
        pytest.param("市长昨天访问了波士顿。", "zh", "The mayor visited Boston yesterday.", marks=needs("pypinyin")),
        ("मनमोहन सिंह कल दिल्ली पहुंचे।", "hi", "Manmohan Singh reached Delhi yesterday."),
        ("एनएसए के प्रवक्ता ने कहा कि जांच जारी है।", "hi", "An NSA spokesman said the inquiry goes on."),
        ("Petr Novák navštívil Brno.", "cs", "Petr Novak visited Brno."),
    ],
)
def test_name_spelled_in_the_source_script_passes(source: str, language: str, article: str) -> None:
    """A name the source writes in its own script, or spells letter by letter, is supported."""
    report = check_text(source=source, article=article, language=language)
    assert report.passed, [c.as_dict() for c in report.failing()]


@pytest.mark.parametrize(
    ("source", "language", "article", "name"),
    [
        ("Вчера Джон Смит посетил Бостон.", "ru", "Yesterday John Kowalski visited Boston.", "Kowalski"),
        pytest.param(
            "田中さんは昨日京都を訪れた。",
            "ja",
            "Yamamoto visited Kyoto yesterday.",
            "Yamamoto",
            marks=needs("pykakasi"),
        ),
        ("Petr Novák navštívil Brno.", "cs", "Petr Svoboda visited Brno.", "Petr Svoboda"),
        ("Petr Novák navštívil Brno.", "cs", "Petr Novak visited Ostrava.", "Ostrava"),
    ],
)
def test_replaced_name_fails(source: str, language: str, article: str, name: str) -> None:
    """A name the source does not give fails, even when another part of it (a first name) is there."""
    report = check_text(source=source, article=article, language=language)
    assert [c.text for c in report.failing()] == [name]


def test_acronym_is_not_checked_against_a_source_that_translates_acronyms() -> None:
    """A Chinese source writes organisations in characters: an English acronym cannot be looked up."""
    report = check_text(
        source="联合国秘书长昨天发表讲话。",
        article="The UN secretary-general spoke yesterday.",
        language="zh",
    )
    assert report.passed


def test_long_cognate_spelled_the_source_languages_way() -> None:
    """A long name word a Polish source spells its own way (Antymonopolowy) is found; another is not."""
    source = "Urząd Antymonopolowy prowadzi kontrolę w ministerstwie."
    article = "The Antimonopoly Office is auditing the ministry."
    assert check_text(source=source, article=article, language="pl").passed
    other = "The Anticorruption Office is auditing the ministry."
    assert not check_text(source=source, article=other, language="pl").passed
