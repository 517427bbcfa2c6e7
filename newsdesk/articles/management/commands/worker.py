from __future__ import annotations

from django_tasks_db.management.commands.db_worker import Command as DBWorkerCommand


class Command(DBWorkerCommand):
    help = "Run a background worker for newsdesk's tasks (the django-tasks-db worker; same options)."
