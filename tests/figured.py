"""An article whose sentences each cite the one source sentence that gives their figures, as the checker likes."""

from __future__ import annotations

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json, renderings_json

RENDERED = renderings_json(
    "Meta invests $14.3 billion in Scale AI",
    "On October 30, Meta presented its third-quarter results and detailed an investment of $14.3 billion in Scale AI.",
    "The group expects up to $72 billion of capital spending in 2025.",
    "Its advertising revenue rose 26% year over year, to $51.24 billion.",
)
CITED = article_json(
    headline=("Meta puts $14.3 billion into Scale AI", [1]),
    introduction=("Meta said on October 30 that it invested $14.3 billion in Scale AI.", [2]),
    conclusion="",
    paragraphs=[
        [("Meta expects capital spending of up to $72 billion in 2025.", [3])],
        [("Meta's advertising revenue rose 26% year over year to $51.24 billion.", [4])],
    ],
)
# what the panel shows of it, in reading order: (value, label, cited source sentences)
PANEL = [
    ("$14.3 billion", "Invested in Scale AI", (2,)),
    ("up to $72 billion", "Capital spending, 2025", (3,)),
    ("26%", "Meta's advertising revenue rose, year over year", (4,)),
    ("$51.24 billion", "Meta's advertising revenue", (4,)),
]


def figured_article(item: SourceItem) -> Article:
    """Write, check and publish the French item's article, every sentence citing the sentence it renders."""
    article = process_story(item.story, llm=ScriptedLLM(CITED, renderings=[RENDERED]))
    assert article.status == Article.Status.PUBLISHED, article.hold_reason
    return article
