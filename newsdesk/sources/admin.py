from django.contrib import admin

from .models import SourceItem, Story


class SourceItemInline(admin.TabularInline):
    model = SourceItem
    fields = ("title", "language", "url", "published")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ("title", "created")
    search_fields = ("title",)
    inlines = [SourceItemInline]


@admin.register(SourceItem)
class SourceItemAdmin(admin.ModelAdmin):
    list_display = ("title", "language", "published", "created")
    list_filter = ("language",)
    search_fields = ("title", "summary", "url")
    readonly_fields = ("content_hash", "created")
