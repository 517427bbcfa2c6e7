"""Run the checker on a stored article and keep its verdicts."""

from __future__ import annotations

import dataclasses
import time

from django.conf import settings

from newsdesk.articles.models import Article
from newsdesk.llm import LLM, get_llm
from newsdesk.sources.sentences import SourceSentence, of_story

from . import judge as judging
from .claims import ClaimKind
from .grounded import LEGACY_LABEL, ArticleSentence, check_grounded, label
from .models import Verification
from .verdicts import FAILING, Policy, Verdict
from .verify import ClaimVerdict, Report, Section, check_sections


def article_sections(article: Article) -> list[Section]:
    """Return the article as the checker sees it, each part labelled with its kind."""
    parts = [
        Section(heading="", body=article.headline, kind="headline"),
        Section(heading="", body=article.standfirst, kind="intro"),
    ]
    parts += [Section(heading=s["heading"], body=s["body"], kind=s["kind"]) for s in article.sections]
    return parts


def article_source(article: Article) -> tuple[str, str | None]:
    """Return (source text, its language) of everything the article is written from: its story's items."""
    items = list(article.story.items.order_by("created"))
    text = "\n\n".join(item.source_text for item in items)
    languages = {item.language for item in items}
    # with several languages the checker reads each number by its own conventions
    return text, (languages.pop() if len(languages) == 1 else None)


def article_sentences(article: Article) -> list[ArticleSentence]:
    return [ArticleSentence.from_dict(s) for s in article.sentences]


def check_article(
    article: Article, *, attempt: int = 1, policy: Policy | None = None, llm: LLM | None = None, store: bool = True
) -> Verification:
    """Check article against its sources and store the verdicts; with NEWSDESK_CHECK_JUDGE, the judge's too.

    An article written with citations is checked sentence by sentence against the sentences it cites;
    one without (written before citations) is checked whole against its sources.
    With store=False the verification is returned unsaved: for a text that is not (yet) the one readers see.
    """
    policy = Policy.read(policy or settings.NEWSDESK_CHECK_POLICY)
    started = time.perf_counter()
    if article.sentences:
        source = of_story(article.story)
        sentences = article_sentences(article)
        report = check_grounded(sentences=sentences, source=source, policy=policy)
        judge_model = None
        if settings.NEWSDESK_CHECK_JUDGE:
            report, judge_model = add_sentence_judgement(report, sentences=sentences, source=source,
                                                         llm=llm or get_llm())
        words = label(judge_model=judge_model)
    else:
        text, language = article_source(article)
        report = check_sections(source=text, sections=article_sections(article), language=language, policy=policy)
        words = LEGACY_LABEL
    verification = Verification(
        article=article,
        attempt=attempt,
        policy=policy,
        passed=report.passed,
        summary=report.summary(),
        claims=report.stored(),
        checker=report.checker,
        label=words,
        seconds=time.perf_counter() - started,
    )
    if store:
        verification.save()
    return verification


def add_sentence_judgement(
    report: Report, *, sentences: list[ArticleSentence], source: list[SourceSentence], llm: LLM
) -> tuple[Report, str | None]:
    """Ask the judge about each sentence that passed the other checks, against its cited sentences only.

    Return the report with the judge's failures added, and the judge's model if it answered for every
    sentence it was asked about (None if it was unavailable for any: the label then does not claim it).
    """
    by_number = {s.n: s for s in source}
    failing = {c.sentence for c in report.claims if c.verdict in FAILING}
    added: list[ClaimVerdict] = []
    available = True
    for i, sentence in enumerate(sentences):
        cited = [by_number[n] for n in sentence.cites if n in by_number]
        if i in failing or not cited or sentence.part == "background":
            continue
        languages = {s.language for s in cited}
        judgement = judging.judge_sentence(
            llm, sentence=sentence.text, cited=[s.text for s in cited],
            language=languages.pop() if len(languages) == 1 else None,
        )
        available = available and judgement.available
        if judgement.available and judgement.verdict in FAILING:
            added.append(ClaimVerdict(text=sentence.text, kind=ClaimKind.MEANING, verdict=judgement.verdict,
                                      section=sentence.part, note=judgement.note, sentence=i,
                                      end=len(sentence.text)))
    checker = f"{report.checker}+judge" if available else f"{report.checker}+judge-unavailable"
    report = dataclasses.replace(report, claims=report.claims + tuple(added), checker=checker[:50])
    return report, (llm.name if available else None)


def add_judgement(report: Report, *, source: str, sections: list[Section], llm: LLM) -> Report:
    """Add the LLM judge's failing statements to report (a text checked whole, without citations)."""
    judgement = judging.judge_sections(llm, source=source, sections=sections)
    checker = f"{report.checker}+judge" if judgement.available else f"{report.checker}+judge-unavailable"
    return dataclasses.replace(report, claims=report.claims + judgement.verdicts, checker=checker)


def describe_failures(verification: Verification) -> list[str]:
    """Name each failing claim in words the model can act on."""
    lines = []
    for claim in verification.failing_claims():
        why = claim.note or (
            "the source says otherwise" if claim.verdict == Verdict.CONTRADICTED else "it is not in the source"
        )
        if claim.kind in {ClaimKind.CITATION, ClaimKind.MEANING}:
            lines.append(f'The sentence "{claim.text}" is {claim.verdict}: {why}')
        else:
            lines.append(f'"{claim.text}" ({claim.kind}) is {claim.verdict}: {why}')
    return lines
