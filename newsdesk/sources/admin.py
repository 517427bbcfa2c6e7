from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest
from django.utils import timezone

from .add import InvalidItem, NewItem, validate
from .models import Feed, SourceItem, Story, content_hash
from .stories import announce_follow_up, attach

EVIDENCE = ("title", "summary", "text", "url", "language", "published", "author")
EVIDENCE_NOTE = (
    "A source is evidence: its title, summary and text are what the article is checked against, as they "
    "arrived, so they cannot be changed. To correct a source, add a new item to its story (Source items → "
    "Add source item, choosing the story): the article is then rewritten from both, and checked again."
)


class SourceItemInline(admin.TabularInline):
    model = SourceItem
    fields = ("title", "language", "url", "published")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # a new item comes through SourceItemAdmin's add form, which checks it


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
    fieldsets = [(None, {"fields": ["title"], "description": EVIDENCE_NOTE})]
    inlines = [SourceItemInline]


class SourceItemAddForm(forms.ModelForm):
    """A new item, checked as `newsdesk add` checks one; with a story chosen, it joins that story."""

    language = forms.CharField(max_length=2, required=False, help_text="ISO 639-1 code; detected when blank.")

    class Meta:
        model = SourceItem
        fields = ["story", "title", "summary", "text", "url", "language", "published", "author"]
        help_texts = {"story": "The story it corrects or follows up; blank: newsdesk finds its story or starts one."}

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if self.errors:
            return data
        try:
            self.new_item: NewItem = validate(
                title=data.get("title", ""), summary=data.get("summary", ""), url=data.get("url", ""),
                language=data.get("language") or None, published=data.get("published"),
                text=data.get("text", ""), author=data.get("author", ""),
            )
        except InvalidItem as exc:
            raise forms.ValidationError(f"This item cannot be stored: {exc}.") from None
        item = self.new_item
        if SourceItem.objects.filter(content_hash=content_hash(title=item.title, summary=item.summary,
                                                               url=item.url)).exists():
            raise forms.ValidationError("This item is already stored (the same title, summary and URL).")
        return data


@admin.register(SourceItem)
class SourceItemAdmin(admin.ModelAdmin):
    list_display = ("title", "language", "feed", "published", "created")
    list_filter = ("language", "feed")
    search_fields = ("title", "summary", "url")
    add_form = SourceItemAddForm
    raw_id_fields = ("story", "feed")

    def get_readonly_fields(self, request: HttpRequest, obj: SourceItem | None = None) -> tuple[str, ...]:
        """Show a stored item's evidence read-only; a new item is typed in through the checked add form."""
        return ("content_hash", "canonical_url", "created") if obj is None else (*EVIDENCE, "content_hash",
                                                                                 "canonical_url", "created")

    def get_fieldsets(self, request: HttpRequest, obj: SourceItem | None = None) -> Any:
        if obj is None:
            return [(None, {"fields": SourceItemAddForm.Meta.fields})]
        return [(None, {"fields": [*EVIDENCE, "feed", "story", "content_hash", "canonical_url", "created"],
                        "description": EVIDENCE_NOTE})]

    def get_form(self, request: HttpRequest, obj: SourceItem | None = None, change: bool = False,
                 **kwargs: Any) -> Any:
        if obj is None:
            kwargs["form"] = self.add_form
        return super().get_form(request, obj, change=change, **kwargs)

    def save_model(self, request: HttpRequest, obj: SourceItem, form: Any, change: bool) -> None:
        """Store a new item as `newsdesk add` does, in the story chosen (a follow-up) or the one it belongs to."""
        if change:
            super().save_model(request, obj, form, change)
            return
        for field, value in form.new_item.model_fields().items():
            setattr(obj, field, value)
        obj.save()
        if obj.story_id is None:
            attach(obj)
        else:
            Story.objects.filter(pk=obj.story_id).update(updated=timezone.now())
            announce_follow_up(obj)
