from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from .models import Comment, Rating


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ("name", "email", "article", "status", "hold_reason", "created", "short_text")
    list_filter = ("status", "hold_reason")
    search_fields = ("name", "email", "text")
    readonly_fields = ("reader", "ip_hash", "created", "updated", "hold_reason")
    raw_id_fields = ("article", "parent")
    actions = ["approve", "mark_spam", "delete_selected"]

    @admin.display(description="text")
    def short_text(self, obj: Comment) -> str:
        return obj.text[:80]

    @admin.action(description="Approve selected comments")
    def approve(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        self.message_user(
            request,
            f"{queryset.update(status=Comment.Status.APPROVED, updated=timezone.now())} comment(s) approved.",
        )

    @admin.action(description="Mark selected comments as spam")
    def mark_spam(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        self.message_user(
            request,
            f"{queryset.update(status=Comment.Status.SPAM, updated=timezone.now())} comment(s) marked as spam.",  # noqa: E501
        )


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ("article", "stars", "created")
    readonly_fields = ("reader", "ip_hash")
