"""A name a Chinese source writes with transliteration characters (惠特默) is found by its sounds; another is not."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    ("source", "article", "name"),
    [
        ("州长惠特默是在周一宣布的。", "Governor Whitmer announced it on Monday.", "Whitmer"),
        ("记者刘易斯，后来获得了学位。", "The reporter Lewis later earned a degree.", "Lewis"),
        ("州长格雷琴表示反对。", "Governor Gretchen said she was against it.", "Gretchen"),
        # an r or l closing a syllable is dropped: Merkel 默克尔, Bolsonaro 博索纳罗
        ("德国总理默克尔访问了北京。", "German Chancellor Merkel visited Beijing.", "German Chancellor Merkel"),
        ("巴西总统博索纳罗发表讲话。", "Brazilian President Bolsonaro gave a speech.", "Brazilian President Bolsonaro"),
        # 基 (ji) writes a k: -sky is 斯基
        ("乌克兰总统泽连斯基发表讲话。", "Ukrainian President Zelensky gave a speech.", "Ukrainian President Zelensky"),
    ],
)
def test_transliteration_supports_the_english_name(source: str, article: str, name: str) -> None:
    report = check_text(source=source, article=article, language="zh")
    assert (name, "supported") in [(c.text, c.verdict) for c in report.claims]


@pytest.mark.parametrize(
    ("source", "article", "name"),
    [
        ("州长惠特默是在周一宣布的。", "Governor Hamilton announced it on Monday.", "Hamilton"),
        ("记者刘易斯，后来获得了学位。", "The reporter Morgan later earned a degree.", "Morgan"),
        ("州长格雷琴表示反对。", "Governor Patricia said she was against it.", "Patricia"),
        ("德国总理默克尔访问了北京。", "German Chancellor Scholz visited Beijing.", "German Chancellor Scholz"),
    ],
)
def test_another_name_fails(source: str, article: str, name: str) -> None:
    report = check_text(source=source, article=article, language="zh")
    assert name in [c.text for c in report.failing()]
