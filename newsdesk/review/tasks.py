"""Background tasks of the desk: thin wrappers that take ids and call the desk's steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the Django 5.2 stubs lack django.tasks: the backport's types stand for it
    from django_tasks import task
else:
    try:  # Django 6 ships the Tasks API; the backport provides the same names
        from django.tasks import task
    except ImportError:
        from django_tasks import task

from newsdesk.articles.models import Article

from .desk import redraft


@task()
def redraft_task(article_id: int) -> str:
    """Write a new draft of an article from its story's items and put it on the desk."""
    version = redraft(Article.objects.get(pk=article_id))
    return "no draft" if version is None else f"version {version.number}: {version.summary}"
