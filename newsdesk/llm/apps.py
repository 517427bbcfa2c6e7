from django.apps import AppConfig


class LlmConfig(AppConfig):
    name = "newsdesk.llm"
    label = "llm"
