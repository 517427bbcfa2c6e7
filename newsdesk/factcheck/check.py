"""Run the checker on a stored article and keep its verdicts."""

from __future__ import annotations

import dataclasses
import time

from django.conf import settings

from newsdesk.articles.models import Article
from newsdesk.llm import LLM, get_llm

from .judge import judge_sections
from .models import Verification
from .verify import Report, Section, allowed_as_background, check_sections


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


def check_article(
    article: Article, *, attempt: int = 1, policy: str | None = None, llm: LLM | None = None, store: bool = True
) -> Verification:
    """Check article against its sources and store the verdicts; with NEWSDESK_CHECK_JUDGE, the judge's too.

    With store=False the verification is returned unsaved: for a text that is not (yet) the one readers see.
    """
    source, language = article_source(article)
    policy = policy or settings.NEWSDESK_CHECK_POLICY
    started = time.perf_counter()
    sections = article_sections(article)
    report = check_sections(source=source, sections=sections, language=language, policy=policy)
    if settings.NEWSDESK_CHECK_JUDGE:
        report = add_judgement(report, source=source, sections=sections, llm=llm or get_llm())
    verification = Verification(
        article=article,
        attempt=attempt,
        policy=policy,
        passed=report.passed,
        summary=report.summary(),
        claims=[{**c.as_dict(), "background": allowed_as_background(c, policy)} for c in report.claims],
        checker=report.checker,
        seconds=time.perf_counter() - started,
    )
    if store:
        verification.save()
    return verification


def add_judgement(report: Report, *, source: str, sections: list[Section], llm: LLM) -> Report:
    """Add the LLM judge's failing statements to report; its checker name says whether the judge answered."""
    judgement = judge_sections(llm, source=source, sections=sections)
    checker = f"{report.checker}+judge" if judgement.available else f"{report.checker}+judge-unavailable"
    return dataclasses.replace(report, claims=report.claims + judgement.verdicts, checker=checker)


def describe_failures(verification: Verification) -> list[str]:
    """Name each failing claim in words the model can act on."""
    lines = []
    for claim in verification.failing_claims():
        why = claim.get("note") or (
            "the source says otherwise" if claim["verdict"] == "contradicted" else "it is not in the source"
        )
        lines.append(f'"{claim["text"]}" ({claim["kind"]}) is {claim["verdict"]}: {why}')
    return lines
