"""`newsdesk demo` sets up, loads the demo items, and writes and checks an article for each."""

from __future__ import annotations

from io import StringIO
from unittest.mock import patch

import pytest
from django.core.management import call_command
from django.test import override_settings

from newsdesk.articles.management.commands.demo import demo_items_path
from newsdesk.articles.models import Article
from newsdesk.sources.add import read_file
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db(transaction=True)


def test_demo_items_are_ours_and_varied() -> None:
    items = [item for _, item in read_file(demo_items_path())]
    assert len(items) >= 5
    languages = {item.language for item in items}
    assert "fr" in languages and len(languages - {"en"}) >= 2


@override_settings(NEWSDESK_LLM_BACKEND="embedded", NEWSDESK_LLM_MODEL="qwen2.5-coder-0.5b")
def test_demo_loads_items_and_writes_an_article_for_each() -> None:
    llm = ScriptedLLM(article_json())
    out, err = StringIO(), StringIO()
    with patch("newsdesk.articles.management.commands.generate.get_llm", autospec=True, return_value=llm):
        call_command("demo", no_serve=True, stdout=out, stderr=err)
        call_command("demo", no_serve=True, stdout=out, stderr=err)  # a second run adds and writes nothing
    n = len(list(read_file(demo_items_path())))
    assert SourceItem.objects.count() == n
    assert Article.objects.count() == n
    assert len(llm.calls) >= n
    statuses = set(Article.objects.values_list("status", flat=True))
    assert statuses <= {"published", "held"}
    assert "held because" in out.getvalue() or statuses == {"published"}
    assert "every demo item already has its article" in out.getvalue()
    assert "item 1/" in err.getvalue()  # the progress bar names the item and stage
