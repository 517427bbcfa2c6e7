"""A short Japanese name (安倍, Abe) is found by the reading of its own word, not only inside a long run."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text

SOURCE = "安倍晋三首相は東京で会見した。"


def test_short_name_is_found_by_its_words_reading() -> None:
    report = check_text(source=SOURCE, article="Prime Minister Shinzo Abe held a press conference in Tokyo.",
                        language="ja")
    assert report.passed


@pytest.mark.parametrize("article", ["Prime Minister Yoshihide Suga held a press conference in Tokyo.",
                                     "Prime Minister Taro Kono held a press conference in Tokyo."])
def test_another_name_fails(article: str) -> None:
    assert not check_text(source=SOURCE, article=article, language="ja").passed
