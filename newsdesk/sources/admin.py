from django.contrib import admin

from .models import Feed, SourceItem, Story


class SourceItemInline(admin.TabularInline):
    model = SourceItem
    fields = ("title", "language", "url", "published")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "url",
        "interval",
        "language",
        "active",
        "next_fetch",
        "failures",
        "last_error",
    )
    list_filter = ("active", "language")
    search_fields = ("url", "title")
    readonly_fields = (
        "etag",
        "last_modified",
        "last_fetched",
        "last_success",
        "failures",
        "last_error",
        "created",
    )


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ("title", "created", "updated")
    search_fields = ("title",)
    inlines = [SourceItemInline]


@admin.register(SourceItem)
class SourceItemAdmin(admin.ModelAdmin):
    list_display = ("title", "language", "feed", "published", "created")
    list_filter = ("language", "feed")
    search_fields = ("title", "summary", "url")
    readonly_fields = ("content_hash", "canonical_url", "created")
