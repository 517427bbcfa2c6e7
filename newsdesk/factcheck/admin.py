from django.contrib import admin
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

    @admin.display(description="claims")
    def claims_list(self, obj: Verification) -> str:
        return claims_table(obj)


class VerificationInline(admin.StackedInline):
    model = Verification
    extra = 0
    can_delete = False
    readonly_fields = ("attempt", "policy", "passed", "summary", "claims_list")
    exclude = ("claims", "checker", "seconds")
    ordering = ("-created",)

    @admin.display(description="claims")
    def claims_list(self, obj: Verification) -> str:
        return claims_table(obj)
