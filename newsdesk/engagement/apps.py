from django.apps import AppConfig


class EngagementConfig(AppConfig):
    name = "newsdesk.engagement"
    label = "engagement"
