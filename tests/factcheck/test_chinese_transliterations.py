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
        # each r or l closing a syllable is dropped or written 尔: 斯托尔滕贝格 is Stoltenberg
        ("北约秘书长斯托尔滕贝格表示。", "NATO Secretary General Stoltenberg said.",
         "NATO Secretary General Stoltenberg"),
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


@pytest.mark.parametrize(
    ("source", "article"),
    [
        ("据报道，约翰逊周一发表了声明。", "Johnson issued a statement on Monday."),  # J is a vowel: 约 (yue)
        ("据报道，波特兰周一发生了抗议。", "Protests took place in Portland on Monday."),  # -land is 兰
        ("据报道，纽约周一发生了抗议。", "New York saw protests on Monday."),  # New York read whole
        ("据报道，沙特周一发表了声明。", "Saudi Arabia issued a statement on Monday."),  # 沙特 is Saudi Arabia
    ],
)
def test_conventions_of_chinese_renderings(source: str, article: str) -> None:
    assert check_text(source=source, article=article, language="zh").passed


@pytest.mark.parametrize(
    ("place", "city"),
    [("汉堡", "Hamburg"), ("法兰克福", "Frankfurt"), ("内华达", "Nevada"), ("巴塞罗那", "Barcelona"),
     ("旧金山", "San Francisco"), ("费城", "Philadelphia")],
)
def test_places_as_chinese_renders_them(place: str, city: str) -> None:
    """Consonants after the last vowel go (汉堡), v is w (内华达); 旧金山 and 费城 are names of their own."""
    report = check_text(source=f"据报道，{place}周一发生了抗议。", article=f"Protests took place in {city} on Monday.",
                        language="zh")
    assert report.passed


@pytest.mark.parametrize(("place", "city"), [("汉堡", "Munich"), ("法兰克福", "Hanover"), ("内华达", "Texas")])
def test_another_place_fails_against_a_chinese_rendering(place: str, city: str) -> None:
    report = check_text(source=f"据报道，{place}周一发生了抗议。", article=f"Protests took place in {city} on Monday.",
                        language="zh")
    assert [c.text for c in report.failing()] == [city]
