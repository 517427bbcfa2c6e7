"""A full-text index of articles for SQLite (FTS5), kept current by triggers; PostgreSQL searches in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.db import migrations

if TYPE_CHECKING:
    from django.db.backends.base.schema import BaseDatabaseSchemaEditor
    from django.db.migrations.state import StateApps

BODY = (
    "coalesce((SELECT group_concat(coalesce(json_extract(value, '$.heading'), '') || ' ' "
    "|| coalesce(json_extract(value, '$.body'), ''), ' ') FROM json_each({row}.sections)), '')"
)

CREATE = [
    "CREATE VIRTUAL TABLE articles_search USING fts5(headline, standfirst, body, tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO articles_search(rowid, headline, standfirst, body) "
    f"SELECT id, headline, standfirst, {BODY.format(row='articles_article')} FROM articles_article",
    "CREATE TRIGGER articles_search_insert AFTER INSERT ON articles_article BEGIN "
    "INSERT INTO articles_search(rowid, headline, standfirst, body) "
    f"VALUES (new.id, new.headline, new.standfirst, {BODY.format(row='new')}); END",
    "CREATE TRIGGER articles_search_update AFTER UPDATE ON articles_article BEGIN "
    "DELETE FROM articles_search WHERE rowid = old.id; "
    "INSERT INTO articles_search(rowid, headline, standfirst, body) "
    f"VALUES (new.id, new.headline, new.standfirst, {BODY.format(row='new')}); END",
    "CREATE TRIGGER articles_search_delete AFTER DELETE ON articles_article BEGIN "
    "DELETE FROM articles_search WHERE rowid = old.id; END",
]
DROP = [
    "DROP TRIGGER IF EXISTS articles_search_insert",
    "DROP TRIGGER IF EXISTS articles_search_update",
    "DROP TRIGGER IF EXISTS articles_search_delete",
    "DROP TABLE IF EXISTS articles_search",
]


def run(statements: list[str]) -> Callable[[StateApps, BaseDatabaseSchemaEditor], None]:
    def apply(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
        if schema_editor.connection.vendor != "sqlite":
            return
        for sql in statements:
            schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_topics")]

    operations = [migrations.RunPython(run(CREATE), run(DROP))]
