"""Key figures: an article's checked amounts, percentages and counts, each labelled in its own sentence's words.

Only a figure the checker found supported (or derived from source figures) in a sentence that passed
as a whole is taken; the stored verdict is matched to the figure read again from the sentence as it
stands, so a verdict on another text is never shown beside this one. Two figures are comparable (and
charted together) only when they are of one kind and one unit: amounts in one currency, percentages,
percentage points, or counts of the same thing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from newsdesk.factcheck.claims import FIGURE_KINDS, Claim, ClaimKind, clause_around, extract_claims
from newsdesk.factcheck.source import read_source
from newsdesk.factcheck.verdicts import Verdict
from newsdesk.factcheck.verify import check_part

from .reading import SentenceVerdict, ShownSentence, SourceBlock

SHOWN_VERDICTS = frozenset({Verdict.SUPPORTED, Verdict.DERIVED})
TIME_KINDS = frozenset({ClaimKind.YEAR, ClaimKind.QUARTER, ClaimKind.MONTH, ClaimKind.PERIOD})
DATE_KINDS = TIME_KINDS | {ClaimKind.WEEKDAY, ClaimKind.DATE}
PANEL_SIZE = 4
CHART_SIZE = 6
LABEL_WORDS = 4


class Kind(StrEnum):
    AMOUNT = "amount"
    PERCENT = "percent"
    COUNT = "count"


@dataclass(frozen=True, slots=True, kw_only=True)
class KeyFigure:
    shown: str  # as the article writes it, with any qualifier: "up to $72 billion", "26%", "1,200 workers"
    label: str  # words of its sentence: "Capital spending, 2025"
    kind: Kind
    unit: str  # the currency ("USD", "EUR", "$" for a dollar), "%", "percentage points", or what is counted
    value: float | None  # None for a range
    exact: bool  # neither qualified ("about", "up to") nor a range: a bar may show it
    sentence: int  # its sentence's place in the article, headline first
    cites: tuple[int, ...]  # the source sentences that give it
    verdict: Verdict  # supported or derived

    @property
    def chartable(self) -> bool:
        return self.exact and self.value is not None and bool(self.unit)

    @property
    def unit_key(self) -> tuple[str, str]:
        return (self.kind.value, self.unit)


@dataclass(frozen=True, slots=True, kw_only=True)
class Figures:
    """What an article's page shows of its figures: the panel, and the comparable ones a chart may draw."""

    panel: tuple[KeyFigure, ...] = ()
    chart: tuple[KeyFigure, ...] = ()
    sources: tuple[str, ...] = field(default_factory=tuple)  # the names of the sources they come from
    # the words a picture of the article may carry: the headline if it passed its check, else the first standfirst
    # sentence that did ("" if none did); None for an article checked whole, whose headline is all there is
    title: str | None = None

    def title_or(self, headline: str) -> str:
        return headline if self.title is None else self.title

    @property
    def lead(self) -> KeyFigure | None:
        return self.panel[0] if self.panel else None

    @property
    def chart_cites(self) -> list[int]:
        """Return the source sentences the charted figures cite, in order."""
        return sorted({n for f in self.chart for n in f.cites})


# ---- reading a figure in its sentence ----

_UNIT_BEFORE = re.compile(r"(?:US\$|A\$|C\$|HK\$|R\$|[$€£¥₹₽]|\b(?:USD|EUR|GBP|JPY|CHF|CNY|INR|RUB)\s?)$")
_UNIT_AFTER = re.compile(
    r"^(?:\s?%|\s?per ?cent\b|\s?percent\b|\s?percentage points?\b|\s?pp\b|"
    r"\s(?:dollars?|euros?|pounds?|yen|yuan|francs?|rupees?|roubles?|rubles?|zloty|crowns?)\b)",
    re.IGNORECASE,
)
_POINTS = re.compile(r"percentage points?|pp", re.IGNORECASE)
_QUALIFIER = re.compile(
    r"\b(?:up to|as (?:much|many|high|low|little|few) as|more than|less than|fewer than|at least|at most|"
    r"just over|just under|over|under|nearly|almost|about|around|roughly|some|approximately|close to|"
    r"an estimated|an|a|between)\s+$",
    re.IGNORECASE,
)
_PART_OF = re.compile(r"\b(?:(?:first|second) half|(?:first|second|third|fourth) quarter|end|start) of\s+$",
                      re.IGNORECASE)
_ARTICLE = re.compile(r"^an?$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"^(?:an?|the)$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|-|–)\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’&-]*")

_STOP = frozenset("""
a an the this that these those its it their they them his her he she we our us you your my i
is are was were be been being has have had will would could should may might can did does do
of to at by in on for from with into onto over under about than as per via after before since until against
and or but nor so yet while whereas although though because if when which who whom whose where what
not no also only just still even both each every all some such other another more most less least
said says say told reported reports posted posts recorded records announced announces expects expected
expect plans planned plan forecast forecasts estimated estimates projected predicted invested invests
spent spends spend raised raises hired hires cut cuts paid pays made makes sold sells set sets put puts
added adds reached reaches hit hits totalled totaled totals stood stands came comes amounted amounts
received receives earned earns won wins lost loses saw sees gave gives took takes got gets brought brings
rose rises fell falls grew grows increased increases decreased decreases climbed climbs dropped drops
declined declines jumped jumps slipped slips gained gains slid slides surged surges soared soars
plunged plunges tumbled tumbles rising falling growing up down reaching worth valued value totalling
compared versus vs employs employ employed owns own serves serve operates operate runs run holds hold
includes include covers cover needs need offers offer builds build produces produce delivers deliver ships ship
buys buy counts count carries carry has
last next this year years month months week weeks day days quarter quarters ago earlier later then now
""".split())
# words that are never the verb a label keeps
_FUNCTION = frozenset("""
a an the this that these those its it their they them his her he she we our us you your my i
is are was were be been being has have had will would could should may might can did does do
of to at by in on for from with into onto over under about than as per via and or but which who
""".split())
_DIRECTION = frozenset("""
rose rises fell falls grew grows increased increases decreased decreases climbed climbs dropped drops
declined declines jumped jumps slipped slips gained gains slid slides surged surges soared soars
plunged plunges tumbled tumbles rising falling growing up down lost loses cut cuts
""".split())
_LEADING = frozenset("in of for on into to at from with".split())
_LEVEL = frozenset("to at from of".split())


def _is_stop(word: str) -> bool:
    w = word.casefold().strip("'’.")
    return w in _STOP or (w.endswith("ed") and len(w) > 4)  # a past tense ends a noun phrase too


@dataclass(frozen=True, slots=True)
class _Found:
    claim: Claim
    start: int  # with its currency sign and qualifier
    end: int  # with its percent sign, currency word or counted thing
    kind: Kind
    unit: str
    qualified: bool
    verdict: Verdict


def _read(text: str, claim: Claim, verdict: Verdict) -> _Found | None:
    """Return the figure a claim is, as written in text (its sign, unit and qualifier), or None for no figure."""
    q = claim.quantity
    if q is None:
        return None
    start, end = claim.start, claim.end
    if m := _UNIT_BEFORE.search(text, 0, start):
        start = m.start()
    after = _UNIT_AFTER.match(text[end:])
    if after:
        end += after.end()
    if q.kind == "currency":
        kind, unit = Kind.AMOUNT, q.currency
    elif q.kind == "percent":
        kind = Kind.PERCENT
        unit = "percentage points" if after and _POINTS.search(after.group(0)) else "%"
    elif q.kind == "plain":
        kind = Kind.COUNT
        counted: list[re.Match[str]] = []
        for m in _WORD.finditer(text, end):
            if m.start() - (counted[-1].end() if counted else end) > 1 or len(counted) == 2 or _is_stop(m.group(0)):
                break
            if not m.group(0).islower():
                break
            counted.append(m)
        if not counted and not q.scaled and max(q.values, default=0) < 1000:
            return None  # a small bare number ("shortly after 4 AM") says nothing on its own
        if counted:
            end = counted[-1].end()
        unit = " ".join(m.group(0) for m in counted).casefold().rstrip(".")
    else:
        return None  # a day, an ordinal, a quarter's number
    qualified = False
    if m := _QUALIFIER.search(text, 0, start):
        if not _ARTICLE.match(m.group(0).strip()):
            start, qualified = m.start(), True
    return _Found(claim=claim, start=start, end=end, kind=kind, unit=unit, qualified=qualified, verdict=verdict)


def _subject(words: list[re.Match[str]]) -> tuple[list[str], str]:
    """Return the noun phrase that ends a run of words (at most LABEL_WORDS) and the verb stripped after it."""
    words = list(words)
    verb, level = "", False
    while words and _is_stop(words[-1].group(0)):
        last = words.pop().group(0)
        if not verb and last.casefold() not in _FUNCTION:
            verb = "" if level else last
        level = level or last.casefold() in _LEVEL  # "fell to 7.3%" gives a level, "fell 4%" or "by 4%" a change
    phrase: list[str] = []
    while words and len(phrase) < LABEL_WORDS and not _is_stop(words[-1].group(0)):
        word = words.pop().group(0)
        phrase.insert(0, word)
        if word.endswith(("'s", "’s")):
            break
    return phrase, verb


def _first_run(words: list[re.Match[str]]) -> list[str]:
    """Return the first words of a clause up to its first stop word: its subject ("Profit in the first half")."""
    out: list[str] = []
    for m in words:
        if _is_stop(m.group(0)):
            if out:
                break
            continue
        out.append(m.group(0))
        if len(out) == LABEL_WORDS:
            break
    return out


def _label(text: str, found: _Found, figures: Sequence[_Found], times: Sequence[Claim]) -> str:
    """Label a figure in its sentence's words: what it is (and, for a change or a count, what it did), and when."""
    left, right = clause_around(text, found.claim.start, found.claim.end)
    barriers = sorted([(f.start, f.end) for f in figures if f.start != found.start and left <= f.start < right]
                      + [(t.start, t.end) for t in times if left <= t.start < right])
    since = max([left] + [e for s, e in barriers if e <= found.start])
    before = list(_WORD.finditer(text, since, found.start))
    # "a six-gigawatt supply deal", "the $14.3 billion investment": the figure describes the noun after it
    attributive = bool(before) and _ARTICLE_BEFORE.match(before[-1].group(0)) is not None and not text[
        before[-1].end():found.start].strip()
    phrase, verb = ([], "") if attributive else _subject(before)
    if not phrase:  # what follows: "$14.3 billion in Scale AI", "the $14.3 billion investment"
        until = min([right] + [s for s, _ in barriers if s >= found.end])
        after = list(_WORD.finditer(text, found.end, until))
        lead = after.pop(0).group(0) if after and after[0].group(0).casefold() in _LEADING else ""
        taken: list[str] = []
        for m in after:
            if _is_stop(m.group(0)) or len(taken) == LABEL_WORDS:
                break
            taken.append(m.group(0))
        if taken and lead and verb:  # "invested in Scale AI"
            phrase, verb = [verb, lead, *taken], ""
        else:
            phrase = taken
    if not phrase:
        first = min([found.start] + [s for s, _ in barriers if s >= left])
        phrase = _first_run(list(_WORD.finditer(text, left, first)))
    if phrase and verb and (found.kind == Kind.COUNT or verb.casefold() in _DIRECTION):
        phrase.append(verb)  # "Revenue rose", "Company hired"
    label = " ".join(phrase)
    when = _when(text, found, figures, times)
    label = f"{label}, {when}" if label and when else label
    return label[:1].upper() + label[1:]


def _when(text: str, found: _Found, figures: Sequence[_Found], times: Sequence[Claim]) -> str:
    """Return the year, quarter or month written just after the figure, or just before it with nothing between."""
    near: list[Claim] = []
    position = found.end
    for t in sorted(times, key=lambda t: t.start):
        if t.kind not in TIME_KINDS:
            continue
        if t.start < found.end:
            continue
        gap = text[position:t.start]
        if len(_WORD.findall(gap)) > (3 if not near else 0) or any(position <= f.start < t.start for f in figures):
            break
        if t.kind == ClaimKind.PERIOD and found.kind != Kind.PERCENT:
            break  # "year over year" says how a change is measured, not when a level stood
        near.append(t)
        position = t.end
    if near:
        return text[near[0].start:near[-1].end]
    before = [t for t in times if t.end <= found.start and t.kind in TIME_KINDS - {ClaimKind.PERIOD}
              and len(_WORD.findall(text[t.end:found.start])) <= 1]  # "revenue in 2024 was $2.1 billion"
    if not before:
        return ""
    t = before[-1]
    part = _PART_OF.search(text, 0, t.start)  # "the first half of 2025"
    return text[part.start() if part else t.start:t.end]


# ---- the article's figures ----


def sentence_figures(sentence: ShownSentence) -> list[KeyFigure]:
    """Return the checked figures of one shown sentence, in order; none from a sentence that did not pass."""
    if sentence.verdict != SentenceVerdict.SUPPORTED or sentence.part == "background" or not sentence.cites:
        return []
    good = Counter((c.text, c.kind) for c in sentence.claims if c.verdict in SHOWN_VERDICTS and c.kind in FIGURE_KINDS)
    verdicts = {(c.text, c.kind): c.verdict for c in sentence.claims if c.verdict in SHOWN_VERDICTS}
    claims = extract_claims(sentence.text)
    times = [c for c in claims if c.kind in DATE_KINDS or (c.quantity is not None and c.quantity.kind == "date")]
    found: list[_Found] = []
    for claim in claims:
        key = (claim.text, claim.kind)
        if claim.kind not in FIGURE_KINDS or good[key] <= 0:
            continue  # not a figure, or one the checker did not find in the source
        good[key] -= 1
        if read := _read(sentence.text, claim, verdicts[key]):
            found.append(read)
    out: list[KeyFigure] = []
    skip: set[int] = set()
    for i, f in enumerate(found):
        if i in skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and _is_range(sentence.text, f, nxt):
            skip.add(i + 1)
            whole = replace(f, end=nxt.end)
            out.append(KeyFigure(
                shown=sentence.text[f.start:nxt.end], label=_label(sentence.text, whole, found, times), kind=f.kind,
                unit=f.unit, value=None, exact=False, sentence=sentence.index, cites=sentence.cites,
                verdict=Verdict.DERIVED if Verdict.DERIVED in (f.verdict, nxt.verdict) else Verdict.SUPPORTED,
            ))
            continue
        out.append(KeyFigure(
            shown=sentence.text[f.start:f.end], label=_label(sentence.text, f, found, times), kind=f.kind,
            unit=f.unit, value=f.claim.quantity.values[0] if f.claim.quantity else None, exact=not f.qualified,
            sentence=sentence.index, cites=sentence.cites, verdict=f.verdict,
        ))
    return out


def _is_range(text: str, a: _Found, b: _Found) -> bool:
    """Tell "between $91 billion and $93 billion" and "$91 billion to $93 billion" (but not "from A to B")."""
    if (a.kind, a.unit) != (b.kind, b.unit):
        return False
    join = text[a.end:b.start]
    if not _RANGE_JOIN.match(join):
        return False
    opening = text[a.start:a.claim.start].casefold()
    if "and" in join:
        return opening.startswith("between")
    return not re.search(r"\bfrom\s*$", text[:a.start], re.IGNORECASE)


def article_figures(sentences: Sequence[ShownSentence], blocks: Sequence[SourceBlock] = ()) -> Figures:
    """Return the article's key figures (at most PANEL_SIZE) and the comparable ones to chart, if two or more.

    A figure said twice (the headline and the body), in the same words or not, is taken once, from the
    body. With the source's sentences, each figure cites only the cited sentences that give it on their
    own (all its sentence's citations when it is derived from several).
    """
    by_number = {s.n: s for block in blocks for s in block.sentences}
    ordered = [s for s in sentences if s.part != "headline"] + [s for s in sentences if s.part == "headline"]
    seen: set[tuple[str, str, str]] = set()
    figures: list[KeyFigure] = []
    for sentence in ordered:
        for figure in sentence_figures(sentence):
            # one figure however it is written ("€1.7 billion", "1.7 billion euros"): by its value when exact
            said = str(figure.value) if figure.exact and figure.value is not None else figure.shown.casefold()
            key = (figure.kind.value, figure.unit, said)
            if key in seen or not figure.label:  # a figure the sentence gives no words for says nothing alone
                continue
            seen.add(key)
            figures.append(_cited(figure, sentence, by_number) if by_number else figure)
    panel = tuple(figures[:PANEL_SIZE])
    names = tuple(dict.fromkeys(name for block in blocks if (name := source_name(block.item))))
    passed = [s.text for s in sentences
              if s.part in {"headline", "standfirst"} and s.verdict == SentenceVerdict.SUPPORTED]
    title = None if not sentences else (passed[0] if passed else "")
    return Figures(panel=panel, chart=comparable(figures), sources=names, title=title)


def _cited(figure: KeyFigure, sentence: ShownSentence, by_number: dict[int, Any]) -> KeyFigure:
    cited = [by_number[n] for n in figure.cites if n in by_number]
    if len(cited) <= 1:
        return figure
    part = "context" if sentence.part == "background" else sentence.part
    start = sentence.text.find(figure.shown)
    giving = []
    for source in cited:
        verdicts = check_part(sentence.text, read_source(source.text, source.language), part)
        if any(c.verdict in SHOWN_VERDICTS and start <= c.start < start + len(figure.shown) for c in verdicts
               if c.kind in FIGURE_KINDS):
            giving.append(source.n)
    if not giving:
        return figure
    return replace(figure, cites=tuple(giving))


def comparable(figures: Sequence[KeyFigure]) -> tuple[KeyFigure, ...]:
    """Return the largest set (two or more, at most CHART_SIZE) of exact figures of one kind and unit, else none."""
    groups: dict[tuple[str, str], list[KeyFigure]] = {}
    for f in figures:
        if f.chartable:
            group = groups.setdefault(f.unit_key, [])
            if all(g.label.casefold() != f.label.casefold() and g.value != f.value for g in group):
                group.append(f)  # two bars with one label, or one value twice, would say nothing
    best = max(groups.values(), key=len, default=[])
    return tuple(best[:CHART_SIZE]) if len(best) >= 2 else ()


def source_name(item: Any) -> str:
    """Return the name a reader knows a source item by: its feed's title, else its site's host."""
    feed = getattr(item, "feed", None)
    if feed is not None and feed.title:
        return str(feed.title)
    host = urlsplit(str(getattr(item, "url", ""))).hostname or ""
    return host.removeprefix("www.")


def figures_of(article: Any) -> Figures:
    """Return a stored article's figures, cached per revision (its `updated` time is in the key)."""
    from django.core.cache import cache

    from .reading import shown_sentences, source_blocks

    key = f"articles:figures:{article.pk}:{article.updated.timestamp()}"
    found: Figures | None = cache.get(key)
    if found is None:
        found = article_figures(shown_sentences(article, article.latest_verification), source_blocks(article))
        cache.set(key, found, 24 * 60 * 60)
    return found
