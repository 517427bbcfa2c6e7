"""A figure after "No." is a rank, supported by an ordinal ("तीसरे नंबर पर" is "at No. 3")."""

from __future__ import annotations

from newsdesk.factcheck.numbers import find_quantities
from newsdesk.factcheck.verify import check_text

SOURCE = "तीसरे नंबर पर कोहली ने शानदार प्रदर्शन किया है।"


def test_number_after_no_is_an_ordinal() -> None:
    assert [q.kind for q in find_quantities("batting at No.3 and No. 4", english=True)] == ["ordinal", "ordinal"]


def test_rank_is_supported_by_an_ordinal_word() -> None:
    assert check_text(source=SOURCE, article="Kohli has performed well at No.3.", language="hi").passed


def test_another_rank_fails() -> None:
    report = check_text(source=SOURCE, article="Kohli has performed well at No.4.", language="hi")
    assert [c.text for c in report.failing()] == ["4"]
