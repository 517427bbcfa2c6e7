"""The day in "January 27" belongs to the date, so it is not tied to the entity before it."""

from newsdesk.factcheck.verify import check_text

SOURCE = (
    "Das Sprachmodell R1 des Start-ups DeepSeek hat am 27. Januar 2025 die Technologiewerte erschüttert. "
    "Die Nvidia-Aktie fiel um rund 17 Prozent."
)


def test_day_after_a_month_name_is_supported() -> None:
    report = check_text(source=SOURCE, article="Nvidia lost value on January 27, 2025.", language="de")
    assert report.passed, [c.as_dict() for c in report.failing()]


def test_a_wrong_day_still_fails() -> None:
    report = check_text(source=SOURCE, article="Nvidia lost value on January 29, 2025.", language="de")
    assert not report.passed
