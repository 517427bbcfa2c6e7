"""A description or a word of praise that the cited source sentences do not give fails its sentence."""

from __future__ import annotations

from newsdesk.factcheck.grounded import ArticleSentence, check_grounded
from newsdesk.sources.sentences import SourceSentence

SOURCE = [
    SourceSentence(n=1, text="Nvidia a perdu 17 % en bourse lundi.",
                   english="Nvidia lost 17% on the stock market on Monday.", language="fr", part="summary",
                   checked=True),
    SourceSentence(n=2, text="Alphabet, la maison mère de Google, vise 93 milliards de dollars.",
                   english="Alphabet, the parent company of Google, is aiming for $93 billion.",
                   language="fr", part="summary", checked=True),
]


def failing(text: str, cites: tuple[int, ...]) -> list[tuple[str, str]]:
    report = check_grounded(sentences=[ArticleSentence(text=text, part="body", cites=cites)], source=SOURCE)
    return [(c.text, c.kind) for c in report.failing()]


def test_an_invented_description_beside_a_name_fails() -> None:
    assert failing("Nvidia, the world's leading graphics card maker, lost 17% on Monday.", (1,)) == [
        ("the world's leading graphics card maker", "description")]


def test_a_word_of_praise_the_source_lacks_fails() -> None:
    assert failing("The 17% fall on Monday was a milestone for Nvidia.", (1,)) == [("milestone", "description")]


def test_a_description_the_cited_sentence_gives_passes() -> None:
    assert failing("Alphabet, the parent company of Google, is aiming for $93 billion.", (2,)) == []


def test_a_description_from_another_sentence_than_the_cited_one_fails() -> None:
    assert failing("Nvidia, the parent company of Google, lost 17% on Monday.", (1,)) == [
        ("the parent company of Google", "description")]


def test_unchecked_renderings_are_not_read_for_descriptions() -> None:
    unchecked = [SourceSentence(n=1, text=SOURCE[0].text, english="Nvidia, a giant, lost 17%.", language="fr",
                                part="summary", checked=False)]
    report = check_grounded(sentences=[ArticleSentence(text="Nvidia, a giant, lost 17% on Monday.", part="body",
                                                       cites=(1,))], source=unchecked)
    assert [c.kind for c in report.failing()] == []


def test_a_definition_the_source_does_not_give_fails() -> None:
    assert failing("Nvidia is a company responsible for managing public services and resources.", (1,)) == [
        ("a company responsible for managing public services and resources", "description")]


def test_an_acronym_spelled_out_by_the_model_fails() -> None:
    assert [k for _, k in failing("The Graphics Processing Union (GPU) lost 17% on Monday.", (1,))] == ["description"]


def test_a_definition_from_the_cited_sentence_passes() -> None:
    assert failing("Alphabet is the parent company of Google, and it is aiming for $93 billion.", (2,)) == []


def test_a_name_written_in_another_sentence_is_found_there() -> None:
    """A company name that is also a word ("Alphabet") is found where the source writes it."""
    source = [
        SourceSentence(n=1, text="Alphabet raises its spending plan", english="Alphabet raises its spending plan",
                       language="en", part="title", checked=True),
        SourceSentence(n=2, text="Alphabet said on Wednesday that it will spend $93 billion.",
                       english="Alphabet said on Wednesday that it will spend $93 billion.", language="en",
                       part="summary", checked=True),
        SourceSentence(n=3, text="Its cloud revenue grew 34%.", english="Its cloud revenue grew 34%.",
                       language="en", part="summary", checked=True),
    ]
    report = check_grounded(sentences=[ArticleSentence(text="Alphabet's cloud revenue grew 34%.", part="body",
                                                       cites=(3,))], source=source)
    assert report.passed, report.failing()  # the title names the company
    report = check_grounded(sentences=[ArticleSentence(text="Alphabet will spend $93 billion.", part="body",
                                                       cites=(3,))], source=source)
    assert {c.found_in for c in report.failing()} == {2}


def test_a_record_or_a_strong_quarter_the_source_does_not_call_so_fails() -> None:
    assert failing("Nvidia had a strong Monday and lost 17%.", (1,)) == [("strong", "description")]
    assert failing("Nvidia lost a record 17% on Monday.", (1,)) == [("record", "description")]
