"""Chinese: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import DayPeriod, Language, Periods, Samples, Scale

LANGUAGE = Language(
    code="zh",
    strong_up=r"增长|增加|上升|上涨|提高|提升|攀升|扩大|飙升|大涨|涨|增幅|猛增|回升|走高|升高|激增|增至|增逾|翻番|翻倍",
    strong_down=r"下降|下跌|减少|降低|下滑|回落|缩小|暴跌|大跌|跌|降至|降幅|萎缩|削减|缩减|减至|减幅|减弱|下调",
    weak_up=r"更多|超过|高于|以上",
    weak_down=r"更少|低于|以下|不到|不足",
    more_than=r"超过|逾|多于|高于|至少|最少|突破",
    less_than=r"不到|不足|少于|低于|至多|最多",
    or_more=r"余|多|以上|出头",
    or_less=r"以下|以内|之内",
    bad_news=r"亏损|赤字|失业|逆差",
    negation_markers=r"不(?![同断少久过仅论管错如])|没|沒|无(?!论)|無|未(?!来)|非(?!常)|(?<![分区特告类级个性识差派])别|莫|否|勿",
    negations=r"不(?=[是会能要可愿想肯准该应需必敢让在])|没有|没|並未|并未|尚未|从未|未能|未曾|无法",
    samples=Samples(rise="增长", fall="下降", negation="不"),
    more_scales=(Scale(word="千", value=10**3),),
    regional_locales=("zh_Hant",),
    quarter_words=r"季度|季",
    periods=Periods(
        year_on_year=r"同比|去年同期",
        quarter_on_quarter=r"环比",
        month_on_month=r"上月",
    ),
    more_day_periods=(
        DayPeriod(word="凌晨", period="am"),
        DayPeriod(word="中午", period="noon"),
        DayPeriod(word="早晨", period="am"),
        DayPeriod(word="早", period="am"),
        DayPeriod(word="午后", period="pm"),
        DayPeriod(word="傍晚", period="pm"),
        DayPeriod(word="晚间", period="pm"),
        DayPeriod(word="夜里", period="pm"),
        DayPeriod(word="夜间", period="pm"),
        DayPeriod(word="夜晚", period="pm"),
        DayPeriod(word="晚", period="pm"),
    ),
)
