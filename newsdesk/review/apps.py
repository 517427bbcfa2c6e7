from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "newsdesk.review"
    label = "review"
