from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.html import format_html_join

from .models import Verification


def claims_table(obj: Verification) -> str:
    rows = format_html_join(
        "", "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        ((c.get("text"), c.get("kind"), c.get("verdict"), c.get("evidence"), c.get("note", "")) for c in obj.claims),
    )
    return format_html_join(
        "", "<table><tr><th>claim</th><th>kind</th><th>verdict</th><th>evidence</th><th>note</th></tr>{}</table>",
        [(rows,)],
    )


@admin.register(Verification)
class VerificationAdmin(admin.ModelAdmin):
    list_display = ("article", "attempt", "passed", "summary", "created")
    list_filter = ("passed", "policy")
    readonly_fields = ("article", "attempt", "policy", "passed", "summary", "checker", "seconds", "claims_list")
    exclude = ("claims",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        """Refuse: a verification is what the checker found, never typed in."""
        return False

    @admin.display(description="claims")
    def claims_list(self, obj: Verification) -> str:
        return claims_table(obj)


class VerificationInline(admin.StackedInline):
    """The checks an article has had: made by the checker, so none is added or deleted by hand."""

    model = Verification
    extra = 0
    max_num = 0
    can_delete = False
    readonly_fields = ("attempt", "policy", "passed", "summary", "claims_list")
    exclude = ("claims", "checker", "seconds")
    ordering = ("-created",)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description="claims")
    def claims_list(self, obj: Verification) -> str:
        return claims_table(obj)
