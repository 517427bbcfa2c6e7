
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html, format_html_join

from newsdesk.factcheck.admin import VerificationInline
from newsdesk.lib.staff import StaffRequest

from .models import Article, Topic


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display: tuple[str, ...] = ("headline", "status", "model_id", "attempts", "published_at", "created")
    list_filter = ("status", "model_id")
    search_fields = ("headline", "standfirst")
    # the text is edited on the desk, where every save is a checked version and a live article stays up
    # until its correction passes; here it is read-only, and the status changes only through the desk
    readonly_fields = (
        "on_the_desk", "headline", "standfirst", "text", "status", "hold_reason", "cuts_made", "check_label",
        "story", "model_id", "tokens_in", "tokens_out", "stage_seconds", "attempts", "created", "published_at",
    )
    exclude = ("sentences", "cuts", "sections", "sources")
    inlines = [VerificationInline]
    actions = ["reject"]

    def get_readonly_fields(self, request: HttpRequest, obj: Article | None = None) -> list[str]:
        """Make every field read-only: nothing about an article is changed here."""
        shown = list(self.readonly_fields)
        return shown + [f.name for f in Article._meta.concrete_fields if f.name not in {*shown, *self.exclude, "id"}]

    def has_add_permission(self, request: HttpRequest) -> bool:
        """Refuse: an article is written from a story's items, never started empty here."""
        return False

    def view_on_site(self, obj: Article) -> str:
        """Link a published article to its page, and any other to its review page on the desk."""
        return obj.get_absolute_url() if obj.status == Article.Status.PUBLISHED else f"/desk/articles/{obj.pk}/"

    @admin.display(description="edit")
    def on_the_desk(self, obj: Article) -> str:
        return format_html('<a href="{}">Edit, check and publish it on the desk</a>', f"/desk/articles/{obj.pk}/")

    @admin.display(description="text")
    def text(self, obj: Article) -> str:
        return format_html_join("", "<p>{}</p>", ((s["text"],) for s in obj.sentences if s["part"] != "headline"))

    @admin.display(description="sentences cut by the repair step")
    def cuts_made(self, obj: Article) -> str:
        cuts = ((c["text"], c["part"], c["why"]) for c in obj.cuts)
        return format_html_join("", "<p>{} <em>({}: {})</em></p>", cuts) or "—"

    @admin.action(description="Reject held or draft articles (never publish)")
    def reject(self, request: StaffRequest, queryset: QuerySet[Article]) -> None:
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
