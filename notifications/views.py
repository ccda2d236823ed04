"""The in-app list of a person's notifications (reminders and events) and their notification preferences."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView, UpdateView

from agencies.permissions import access_for

from .delivery import failed_digests_for
from .forms import PreferenceForm
from .models import MUTABLE_KINDS, OVERDUE_KINDS, Preference
from .reading import mark_seen


class NotificationListView(LoginRequiredMixin, ListView):
    template_name = "notifications/notification_list.html"
    context_object_name = "reminders"

    paginate_by = settings.PAGINATE_BY

    def get_queryset(self):
        return self.request.user.reminders.select_related("digest").order_by("-date", "-created_at", "-id")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        mark_seen(context["reminders"])
        context["failed_digests"] = failed_digests_for(access_for(self.request))[:50]
        context["overdue_kinds"] = OVERDUE_KINDS
        context["soon_kinds"] = MUTABLE_KINDS
        return context


class PreferenceUpdateView(LoginRequiredMixin, UpdateView):
    form_class = PreferenceForm
    template_name = "notifications/preference_form.html"
    success_url = reverse_lazy("notifications:preferences")

    def get_object(self, queryset=None):
        return Preference.objects.filter(user=self.request.user).first() or Preference(user=self.request.user)

    def form_valid(self, form):
        messages.success(self.request, _("Your notification preferences were saved."))
        return super().form_valid(form)
