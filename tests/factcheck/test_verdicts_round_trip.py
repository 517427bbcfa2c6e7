"""A stored verification reads back as the checker's own kinds and verdicts, and a word the checker never gives is
refused by name rather than taken for a passing claim."""

from __future__ import annotations

import pytest

from newsdesk.articles.models import Article
from newsdesk.articles.reading import SentenceVerdict, shown_sentences
from newsdesk.factcheck.check import check_article
from newsdesk.factcheck.claims import ClaimKind
from newsdesk.factcheck.models import Verification
from newsdesk.factcheck.verdicts import Policy, Verdict
from newsdesk.factcheck.verify import ClaimVerdict, check_text
from newsdesk.sources.models import SourceItem
from newsdesk.sources.sentences import of_story


def _cite(item: SourceItem, words: str) -> int:
    return next(s.n for s in of_story(item.story) if words in s.text)


@pytest.fixture
def checked(french_item: SourceItem, settings: object) -> Verification:
    """Store the check of an article with a supported headline, a wrong amount and a new name in its background."""
    settings.NEWSDESK_CHECK_JUDGE = False  # type: ignore[attr-defined]
    sentences = [
        {"text": "Meta plans up to $72 billion of capital spending in 2025.", "part": "headline",
         "cites": [_cite(french_item, "72 milliards")]},
        {"text": "Meta's advertising revenue rose 26% to $61.24 billion.", "part": "body",
         "cites": [_cite(french_item, "26 %")]},
        {"text": "Meta is run by Mark Zuckerberg.", "part": "background", "cites": []},
    ]
    article = Article.objects.create(story=french_item.story, headline=sentences[0]["text"], sentences=sentences)
    stored = check_article(article, policy=Policy.BACKGROUND)
    return Verification.objects.get(pk=stored.pk)  # read from the database, not the object that was saved


def test_a_stored_verification_reads_back_as_members(checked: Verification) -> None:
    """Each stored claim comes back as a ClaimVerdict whose kind and verdict are members, as they were stored."""
    verdicts = checked.verdicts()
    assert [(c.text, c.kind, c.verdict) for c in verdicts] == [
        (c["text"], c["kind"], c["verdict"]) for c in checked.claims
    ]
    assert all(type(c.kind) is ClaimKind and type(c.verdict) is Verdict for c in verdicts)
    amount = next(c for c in verdicts if c.text == "61.24 billion")
    assert (amount.kind, amount.verdict, amount.sentence, amount.background) == (
        ClaimKind.AMOUNT, Verdict.UNSUPPORTED, 1, False)
    name = next(c for c in verdicts if c.text == "Zuckerberg")
    assert (name.kind, name.verdict, name.sentence, name.background) == (
        ClaimKind.NAME, Verdict.UNSUPPORTED, 2, True)
    assert checked.policy == Policy.BACKGROUND
    assert amount in checked.failing_claims() and name not in checked.failing_claims()


def test_the_page_shows_each_sentence_by_its_stored_verdicts(checked: Verification) -> None:
    """The reader's page takes one verdict a sentence from the stored claims, the background let stand."""
    shown = shown_sentences(checked.article, checked)
    assert [s.verdict for s in shown] == [
        SentenceVerdict.SUPPORTED, SentenceVerdict.UNSUPPORTED, SentenceVerdict.BACKGROUND]
    assert all(c.kind != ClaimKind.CITATION for s in shown for c in s.claims)


def test_an_unknown_stored_verdict_is_refused_by_name(checked: Verification) -> None:
    """A claim stored with a verdict the checker never gives raises, naming it and the verdicts there are."""
    checked.claims = [*checked.claims, {"text": "Menlo Park", "kind": "name", "verdict": "plausible", "sentence": 2}]
    checked.save()
    stored = Verification.objects.get(pk=checked.pk)
    with pytest.raises(ValueError, match=r"'Menlo Park'.*unknown verdict 'plausible'.*supported, derived"):
        stored.failing_claims()
    with pytest.raises(ValueError, match="unknown verdict 'plausible'"):
        shown_sentences(stored.article, stored)


def test_an_unknown_stored_kind_or_a_missing_verdict_is_refused() -> None:
    """A kind the checker never gives, or no verdict at all, is an error rather than a claim of no kind."""
    with pytest.raises(ValueError, match="unknown claim kind 'rumour'"):
        ClaimVerdict.from_dict({"text": "x", "kind": "rumour", "verdict": "supported"})
    with pytest.raises(ValueError, match="unknown verdict None"):
        ClaimVerdict.from_dict({"text": "x", "kind": "name"})


def test_an_unknown_policy_is_refused_by_name() -> None:
    """A policy the checker does not have is refused, with the ones it has."""
    with pytest.raises(ValueError, match="unknown policy 'lenient': use one of strict, background"):
        check_text(source="Der Umsatz stieg um 5 %.", article="Sales rose 5%.", policy="lenient")  # type: ignore[arg-type]
