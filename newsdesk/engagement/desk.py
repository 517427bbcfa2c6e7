"""The desk's comments page: pending comments first, approve, spam or delete in bulk, reply as the site."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from newsdesk.lib.query import BadNumber, query_number, whole_number
from newsdesk.lib.staff import staff_only

from .forms import SiteReplyForm
from .models import Comment
from .moderation import Moderated, Moderation, ReplyRefused, moderate, pending_comments_count, reply_as_site

PER_PAGE = 50
MAX_PAGE = 100_000
# what each bulk action needs beside staff status: Django's model permissions, as in the admin
PERMISSION = {
    Moderation.APPROVE: "engagement.change_comment",
    Moderation.SPAM: "engagement.change_comment",
    Moderation.DELETE: "engagement.delete_comment",
}
DONE = {Moderation.APPROVE: "approved", Moderation.SPAM: "marked as spam", Moderation.DELETE: "deleted"}
ALREADY = {Moderation.APPROVE: "already approved", Moderation.SPAM: "already spam", Moderation.DELETE: "already gone"}


def _plain(message: str) -> HttpResponse:
    return HttpResponseBadRequest(f"{message}.\n", content_type="text/plain; charset=utf-8")


def _listed(status: str) -> QuerySet[Comment]:
    """Return the comments the page lists: those awaiting moderation first, newest first within each."""
    comments = Comment.objects.select_related("article", "parent")
    if status:
        comments = comments.filter(status=status)
    first = Case(When(status=Comment.Status.PENDING, then=Value(0)), default=Value(1), output_field=IntegerField())
    return comments.order_by(first, "-created", "-pk")


def _said(done: Moderated) -> str:
    """Say what a bulk action did, counting the comments it left as they were."""
    words = [f"{done.changed} comment(s) {DONE[done.action]}"]
    if done.replies_deleted:
        words.append(f"with {done.replies_deleted} repl{'y' if done.replies_deleted == 1 else 'ies'} to them")
    if done.unchanged:
        words.append(f"{done.unchanged} {ALREADY[done.action]}")
    return "; ".join(words) + "."


def _moderate(request: HttpRequest) -> HttpResponse:
    try:
        action = Moderation(request.POST.get("action", ""))
    except ValueError:
        return _plain("Choose an action: approve, spam or delete")
    if not request.user.has_perm(PERMISSION[action]):
        raise PermissionDenied(f"You may not {action} comments.")
    try:
        ids = [whole_number(raw, name="comment") for raw in request.POST.getlist("comment")]
    except BadNumber as exc:
        return _plain(str(exc))
    if not ids:
        messages.warning(request, "No comments were selected.")
    else:
        messages.success(request, _said(moderate(action, ids)))
    return redirect(request.get_full_path())


@staff_only
def desk_comments(request: HttpRequest) -> HttpResponse:
    """List comments for moderation (GET), or approve, mark as spam or delete the ticked ones (POST)."""
    if request.method == "POST":
        return _moderate(request)
    status = request.GET.get("status", "")
    if status and status not in Comment.Status.values:
        return _plain(f"status must be one of {', '.join(Comment.Status.values)}")
    try:
        number = query_number(request.GET, "page", default=1, high=MAX_PAGE)
    except BadNumber as exc:
        return _plain(str(exc))
    page = Paginator(_listed(status), PER_PAGE).get_page(number)
    return render(request, "engagement/desk_comments.html", {
        "page": page,
        "status": status,
        "statuses": Comment.Status.choices,
        "pending": pending_comments_count(),
        "site_name": settings.NEWSDESK_SITE_NAME,
        "reply_form": SiteReplyForm(),
    })


def _back(request: HttpRequest) -> str:
    """Return the desk page the editor came from (with its filter and page), or the first one."""
    desk = reverse("engagement:desk-comments")
    back = request.POST.get("next") or request.GET.get("next") or ""
    return back if back.startswith(desk) and "//" not in back else desk


@staff_only
def desk_comment_reply(request: HttpRequest, pk: int) -> HttpResponse:
    """Show the form to reply to a comment as the site (GET), or post the reply and go back to the desk (POST).

    A reply that cannot be posted comes back in the form, saying why.
    """
    if not request.user.has_perm("engagement.add_comment"):
        raise PermissionDenied("You may not reply to comments.")
    comment = get_object_or_404(Comment.objects.select_related("article", "parent"), pk=pk)
    form = SiteReplyForm(request.POST if request.method == "POST" else None)
    errors: list[str] = []
    if request.method == "POST":
        if form.is_valid():
            try:
                reply = reply_as_site(comment, form.cleaned_data["text"], editor=request.user)
            except ReplyRefused as exc:
                errors = [str(exc)]
            else:
                approved = " (their comment is now approved)" if comment.status == Comment.Status.PENDING else ""
                messages.success(request, f"Replied to {comment.name} as {reply.name}{approved}.")
                return redirect(f"{_back(request)}#comment-{reply.pk}")
        else:
            errors = [str(message) for message in form.errors["text"]]
    return render(request, "engagement/desk_reply.html", {
        "comment": comment,
        "form": form,
        "errors": errors,
        "next": _back(request),
        "site_name": settings.NEWSDESK_SITE_NAME,
    }, status=400 if errors else 200)
