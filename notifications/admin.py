"""Admin for reminders, the digest emails (delivery state, failures) and reminder preferences."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .delivery import reset_failed_digests
from .models import Digest, Preference, Reminder
from .tasks import enqueue_digests


class ReminderInline(admin.TabularInline):
    model = Reminder
    fields = ["kind", "date", "period", "task"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Digest)
class DigestAdmin(admin.ModelAdmin):
    list_display = ["date", "recipient", "state", "attempts", "sent_at", "last_error"]
    list_filter = ["state", "date"]
    search_fields = ["recipient__username", "recipient__email", "last_error"]
    date_hierarchy = "date"
    raw_id_fields = ["recipient"]
    readonly_fields = ["created_at", "sent_at", "attempts", "last_error"]
    inlines = [ReminderInline]
    actions = ["send_again"]

    @admin.action(description=_("Send the failed emails again"))
    def send_again(self, request, queryset):
        ids = reset_failed_digests(queryset.values_list("pk", flat=True))
        enqueue_digests(ids)
        self.message_user(
            request,
            ngettext("%(count)d email queued again.", "%(count)d emails queued again.", len(ids)) % {"count": len(ids)},
            messages.SUCCESS,
        )


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    list_display = ["date", "kind", "recipient", "period", "task", "digest"]
    list_filter = ["kind", "date", "digest__state"]
    search_fields = ["recipient__username", "recipient__email"]
    date_hierarchy = "date"
    raw_id_fields = ["recipient", "period", "task", "digest"]
    readonly_fields = ["created_at", "read_at"]


@admin.register(Preference)
class PreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "language", "muted_kinds"]
    list_filter = ["language"]
    search_fields = ["user__username", "user__email"]
    raw_id_fields = ["user"]
