"""A bar chart of an article's comparable key figures, drawn by matplotlib as SVG to inline in the page.

The bars start at zero on a linear axis, so their lengths compare as the figures do; each bar is
labelled with the figure as the article writes it. The SVG carries no style element or attribute
(the site's Content-Security-Policy allows none inline): matplotlib's styles become presentation
attributes, and the site's stylesheet sets the colours and the font.
"""

from __future__ import annotations

import io
import re
import textwrap
import threading
import xml.etree.ElementTree as ET  # noqa: S405 - only to write the tree defusedxml parsed
from collections.abc import Sequence
from dataclasses import dataclass

import defusedxml.ElementTree as SafeET
from babel.numbers import get_currency_name
from django.utils.safestring import SafeString, mark_safe

from .figures import KeyFigure, Kind

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
BAR = "#0b57d0"  # the site's accent; the stylesheet sets it again by class
INK = "#1d1d1f"
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))
ID_PREFIX = "chart-"
_PRESENTATION = frozenset({
    "fill", "fill-opacity", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-opacity",
    "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "opacity", "font-size", "font-weight",
    "font-style", "text-anchor", "dominant-baseline", "clip-path",
})
_lock = threading.Lock()  # pyplot is not used, but matplotlib's font cache and rcParams are shared

ET.register_namespace("", SVG)
ET.register_namespace("xlink", XLINK)


@dataclass(frozen=True, slots=True, kw_only=True)
class Chart:
    svg: SafeString  # the chart, to inline
    title: str  # what it shows, also its accessible name
    description: str  # the text alternative: every charted value with its label, exactly as the bars show them


def _unit_words(figure: KeyFigure) -> str:
    if figure.kind == Kind.PERCENT:
        return "per cent" if figure.unit == "%" else figure.unit
    if figure.kind == Kind.COUNT:
        return figure.unit
    if figure.unit == "$":
        return "dollars"
    try:
        return str(get_currency_name(figure.unit, count=2, locale="en"))
    except (ValueError, LookupError):
        return figure.unit


def _scale(values: Sequence[float]) -> tuple[float, str]:
    top = max(abs(v) for v in values)
    for size, word in SCALES:
        if top >= size:
            return size, word
    return 1.0, ""


def describe(figures: Sequence[KeyFigure]) -> tuple[str, str]:
    """Return the chart's title and its text alternative (each bar's label and value as written)."""
    units = _unit_words(figures[0])
    title = f"Key figures compared, in {units}"
    values = "; ".join(f"{f.label}: {f.shown}" for f in figures)
    return title, f"Bar chart, bars from zero. {values}."


def bar_chart(figures: Sequence[KeyFigure]) -> Chart:
    """Draw comparable figures (one kind, one unit, two or more) as horizontal bars from zero."""
    if len(figures) < 2:
        raise ValueError("a chart needs two or more figures")
    if len({f.unit_key for f in figures}) != 1 or not all(f.chartable for f in figures):
        raise ValueError("only exact figures of one kind and one unit can share a chart: "
                         + ", ".join(f"{f.shown} ({f.kind}, {f.unit or 'no unit'})" for f in figures))
    values = [float(f.value or 0.0) for f in figures]
    title, description = describe(figures)
    size, word = _scale(values) if figures[0].kind != Kind.PERCENT else (1.0, "")
    axis = f"{word} {_unit_words(figures[0])}".strip() if figures[0].kind != Kind.PERCENT else _unit_words(figures[0])
    with _lock:
        raw = _draw([textwrap.fill(f.label, 20) for f in figures], [v / size for v in values],
                    [f.shown for f in figures], axis)
    return Chart(svg=_clean(raw, title=title, description=description), title=title, description=description)


def _draw(labels: list[str], values: list[float], shown: list[str], axis: str) -> str:
    import matplotlib

    matplotlib.use("svg", force=False)
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "newsdesk", "font.size": 13,
                                "axes.edgecolor": INK, "text.color": INK, "xtick.color": INK, "ytick.color": INK}):
        figure = Figure(figsize=(4.8, 0.8 + 0.5 * len(values)), facecolor="none")
        ax = figure.add_subplot()
        ax.set_facecolor("none")
        positions = list(range(len(values)))
        bars = ax.barh(positions, values, color=BAR, height=0.6)
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()  # reading order, top to bottom
        low = min(0.0, *values)
        ax.set_xlim(low, max(0.0, *values) * 1.3 or 1.0)  # from zero; room for the values written after the bars
        ax.bar_label(bars, labels=shown, padding=4)
        ax.set_xlabel(axis)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        out = io.StringIO()
        figure.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None,
                                                                          "Format": None, "Type": None})
        return out.getvalue()


def _clean(raw: str, *, title: str, description: str) -> SafeString:
    """Return matplotlib's SVG fit to inline under the site's CSP: no style, ids kept apart, a text alternative."""
    root = SafeET.fromstring(raw)
    for parent in root.iter():
        for child in list(parent):
            if child.tag in (f"{{{SVG}}}metadata", f"{{{SVG}}}style"):
                parent.remove(child)
    referenced = set(re.findall(r"url\(#([^)]+)\)|xlink:href=\"#([^\"]+)\"", raw))
    kept = {name for pair in referenced for name in pair if name}
    for element in root.iter():
        style = element.attrib.pop("style", "")
        for rule in style.split(";"):
            name, _, value = (part.strip() for part in rule.partition(":"))
            if name in _PRESENTATION and value:
                element.set(name, value)
        if (ident := element.attrib.pop("id", None)) in kept:
            element.set("id", ID_PREFIX + str(ident))
        for key in ("clip-path", f"{{{XLINK}}}href"):
            if key in element.attrib:
                element.set(key, element.attrib[key].replace("#", f"#{ID_PREFIX}"))
        if element.tag == f"{{{SVG}}}text":
            element.set("fill", "currentColor")
        if element.get("fill", "").lower() == BAR:
            element.set("class", "bar")
    for attribute in ("width", "height"):
        root.attrib.pop(attribute, None)  # the stylesheet sizes it; the viewBox keeps its shape
    root.set("role", "img")
    root.set("aria-labelledby", f"{ID_PREFIX}title {ID_PREFIX}desc")
    root.set("class", "bar-chart")
    title_element = ET.Element(f"{{{SVG}}}title", {"id": f"{ID_PREFIX}title"})
    title_element.text = title
    desc_element = ET.Element(f"{{{SVG}}}desc", {"id": f"{ID_PREFIX}desc"})
    desc_element.text = description
    root.insert(0, desc_element)
    root.insert(0, title_element)
    svg = ET.tostring(root, encoding="unicode")
    return mark_safe(svg)  # noqa: S308 - serialised by ElementTree, which escapes every text and attribute
