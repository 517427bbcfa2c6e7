"""Japanese: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import DayPeriod, Language, Periods, Samples, Scale

LANGUAGE = Language(
    code="ja",
    strong_up=r"増加|上昇|増え|伸び|拡大|上回|急増|急騰|高騰|値上げ|引き上げ|上が[っりる]|増収|増益|倍増",
    strong_down=r"減少|低下|下落|減っ|減ら|減り|減る|下回|縮小|下が[っりる]|引き下げ|値下げ|急落|落ち込|減収|減益|削減",
    weak_up=r"以上|超|多く",
    weak_down=r"以下|未満|少な",
    more_than=r"超",
    less_than=r"最大",
    or_more=r"以上|超|余り|余|強|を超え|を上回",
    or_less=r"以下|未満|足らず|弱|を下回|以内",
    bad_news=r"赤字|損失|失業",
    negation_markers=r"ない|なく|なかっ|ず|ぬ|ません|無|不|非|未|否|せん|なし",
    negations=r"(?<![少危切汚])ない|なかった|ません|ず(?=[にとも、。])|なく(?!て)",
    samples=Samples(rise="増加", fall="減少", negation="ない"),
    more_scales=(Scale(word="千", value=10**3), Scale(word="萬", value=10**4)),
    quarter_words=r"四半期",
    periods=Periods(
        year_on_year=r"前年同期|前年比",
        quarter_on_quarter=r"前期比|前四半期",
        month_on_month=r"前月比",
    ),
    more_day_periods=(
        DayPeriod(word="昼", period="noon"),
        DayPeriod(word="未明", period="am"),
        DayPeriod(word="明け方", period="am"),
    ),
)
