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

    def has_add_permission(self, request: HttpRequest) -> bool:
        """Refuse: an article is written from a story's items, never started empty here."""
        return False

    def view_on_site(self, obj: Article) -> str:
        """Link a published article to its page, and any other to its review page on the desk."""
        return obj.get_absolute_url() if obj.status == Article.Status.PUBLISHED else f"/desk/articles/{obj.pk}/"

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

    @admin.action(description="Reject held or draft articles (never publish)")
    def reject(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        """Reject the chosen held and draft articles as the desk does; leave a published one up, and say so."""
        from newsdesk.review.desk import DeskError
        from newsdesk.review.desk import reject as reject_article  # the desk records who rejected it

        chosen = queryset.count()
        n = skipped = 0
        for article in queryset:
            try:
                n += reject_article(article, request.user)
            except DeskError:  # live: it must be unpublished first, so rejecting can be undone
                skipped += 1
        message = f"{n} article(s) rejected."
        if skipped:
            message += f" {skipped} published article(s) left up: unpublish one on the desk before rejecting it."
        if others := chosen - n - skipped:
            message += f" {others} already rejected."
        self.message_user(request, message, messages.WARNING if skipped else messages.SUCCESS)


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name",)
    filter_horizontal = ("articles",)
