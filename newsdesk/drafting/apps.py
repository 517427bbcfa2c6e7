from django.apps import AppConfig


class DraftingConfig(AppConfig):
    name = "newsdesk.drafting"
    label = "drafting"
