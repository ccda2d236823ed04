"""What a person has read in the portal: the unread count in the menu, marking notifications seen."""

from django.utils import timezone

from .models import Reminder


def unread_count(user):
    """How many of the person's notifications they have not seen yet: the count in the menu."""
    return Reminder.objects.filter(recipient=user, read_at__isnull=True).count()


def mark_seen(reminders):
    """Record that the person has seen these reminders in the portal (the list shows the others as new)."""
    Reminder.objects.filter(pk__in=[reminder.pk for reminder in reminders], read_at__isnull=True).update(
        read_at=timezone.now()
    )
