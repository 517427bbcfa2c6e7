from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from newsdesk.factcheck.admin import VerificationInline

from .models import Article, Topic


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("headline", "status", "model_id", "attempts", "published_at", "created")
    list_filter = ("status", "model_id")
    search_fields = ("headline", "standfirst")
    readonly_fields = (
        "story", "model_id", "tokens_in", "tokens_out", "stage_seconds", "attempts", "created", "published_at",
    )
    filter_horizontal = ("sources",)
    inlines = [VerificationInline]
    actions = ["recheck_and_publish", "reject"]

    @admin.action(description="Check again, and publish those that pass")
    def recheck_and_publish(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        from .pipeline import recheck  # the pipeline loads the checker; keep the admin light

        published = sum(1 for article in queryset if recheck(article))
        self.message_user(request, f"{published} of {queryset.count()} article(s) passed and are published.",
                          messages.SUCCESS if published else messages.WARNING)

    @admin.action(description="Reject (never publish)")
    def reject(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        n = queryset.update(status=Article.Status.REJECTED)
        self.message_user(request, f"{n} article(s) rejected.")


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name",)
    filter_horizontal = ("articles",)
