from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html_join

from newsdesk.factcheck.admin import VerificationInline

from .models import Article, Topic

TEXT_FIELDS = frozenset({"headline", "standfirst", "sections"})


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("headline", "status", "model_id", "attempts", "published_at", "created")
    list_filter = ("status", "model_id")
    search_fields = ("headline", "standfirst")
    # the status changes only through the checker (save, or the actions below): never by hand
    readonly_fields = (
        "status", "hold_reason", "cuts_made", "check_label", "story", "model_id", "tokens_in", "tokens_out",
        "stage_seconds", "attempts", "created", "published_at",
    )
    # the sentences and their citations are made from the edited text when it is saved (sentences_from_text)
    exclude = ("sentences", "cuts")
    filter_horizontal = ("sources",)
    inlines = [VerificationInline]
    actions = ["recheck_and_publish", "reject"]

    def save_model(self, request: HttpRequest, obj: Article, form: Any, change: bool) -> None:
        """Save an editor's change; a changed text is checked at once, and a published one that fails is held."""
        super().save_model(request, obj, form, change)
        if not change or not TEXT_FIELDS & set(form.changed_data):
            return
        from .pipeline import check_edit

        verification = check_edit(obj)
        if verification.passed:
            self.message_user(request, f"Checked: {verification.summary}.", messages.SUCCESS)
        elif obj.status == Article.Status.HELD:
            self.message_user(request, f"Checked: {verification.summary}. The article is held, not public.",
                              messages.WARNING)

    @admin.display(description="sentences cut by the repair step")
    def cuts_made(self, obj: Article) -> str:
        cuts = ((c["text"], c["part"], c["why"]) for c in obj.cuts)
        return format_html_join("", "<p>{} <em>({}: {})</em></p>", cuts) or "—"

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
