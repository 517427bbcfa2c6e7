"""A decade written short and a time of day in the source support the article's figures."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text


def test_decade_written_short_in_the_source() -> None:
    """ "the 1960s" is supported by "les années 60" and fails against "les années 50"."""
    article = "The band was famous in the 1960s."
    assert check_text(source="Le groupe était célèbre dans les années 60.", article=article, language="fr").passed
    assert not check_text(source="Le groupe était célèbre dans les années 50.", article=article, language="fr").passed


def test_time_of_day_gives_hour_and_minutes() -> None:
    """ "at 4:25 a.m." is supported by "gegen 4.25 Uhr" and its minutes fail against "4.35 Uhr"."""
    article = "The fire started at 4:25 a.m."
    assert check_text(source="Das Feuer brach gegen 4.25 Uhr aus.", article=article, language="de").passed
    assert not check_text(source="Das Feuer brach gegen 4.35 Uhr aus.", article=article, language="de").passed


def test_hindi_thursday_in_its_other_word() -> None:
    """बृहस्पतिवार is Thursday as much as गुरुवार."""
    report = check_text(source="बृहस्पतिवार को बैठक हुई।", article="The meeting took place on Thursday.", language="hi")
    assert report.passed, [c.as_dict() for c in report.failing()]
