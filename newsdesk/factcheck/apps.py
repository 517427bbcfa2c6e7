from django.apps import AppConfig


class FactcheckConfig(AppConfig):
    name = "newsdesk.factcheck"
    label = "factcheck"
