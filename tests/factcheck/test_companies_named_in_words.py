"""A company Chinese or Japanese names in words of its own (微软, トヨタ) is found by that name; another is not."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("zh", "微软周一发布了新产品。", "Microsoft released a new product on Monday."),
        ("zh", "三星电子的利润增长了。", "Samsung Electronics' profits grew."),
        ("ja", "トヨタは新型車を発表した。", "Toyota unveiled a new car."),
        ("zh", "腾讯的股价上涨。", "Tencent's share price rose."),
    ],
)
def test_company_is_found_by_its_chinese_or_japanese_name(language: str, source: str, article: str) -> None:
    assert check_text(source=source, article=article, language=language).passed


@pytest.mark.parametrize(
    ("language", "source", "article", "wrong"),
    [
        ("zh", "微软周一发布了新产品。", "Samsung released a new product on Monday.", "Samsung"),
        ("ja", "トヨタは新型車を発表した。", "Honda unveiled a new car.", "Honda"),
    ],
)
def test_another_company_fails(language: str, source: str, article: str, wrong: str) -> None:
    report = check_text(source=source, article=article, language=language)
    assert wrong in [c.text for c in report.failing()]


def test_a_script_that_spells_the_sound_keeps_matching_by_sound() -> None:
    """Hindi writes Samsung as it sounds (सैमसंग): the Chinese and Japanese names are not demanded there."""
    assert check_text(source="सैमसंग ने नया फोन बनाया।", article="Samsung made a new phone.", language="hi").passed
