"""The administrators' reorganization screen: record an event, preview what it moves, confirm, undo."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from agencies.models import Province, Role
from agencies.permissions import access_for

from . import services
from .forms import ReorganizationForm
from .models import Reorganization, ReorganizationState, TransferKind

CHOICE_PREFIX = "choice-"


def administered_provinces(access):
    if access.is_superuser:
        return Province.objects.all()
    return Province.objects.filter(pk__in=access.province_ids_in(Role.ADMIN))


class AdministratorMixin(LoginRequiredMixin):
    """Only administrators (of a province, or superusers) reach these pages."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.access = access_for(request)
        if not self.access.can_reorganize():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def reorganization(self, pk):
        """The event, if the user administers its province (404 for another province's, as if absent)."""
        queryset = Reorganization.objects.select_related("province", "absorbed_province")
        if not self.access.is_superuser:
            queryset = queryset.filter(province__in=administered_provinces(self.access))
        return get_object_or_404(queryset, pk=pk)


class ReorganizationListView(AdministratorMixin, TemplateView):
    template_name = "reorganization/list.html"

    def get_context_data(self, **kwargs):
        events = (
            Reorganization.objects.filter(province__in=administered_provinces(self.access))
            .select_related("province", "absorbed_province")
            .annotate(pairs=Count("successions"), moved=Count("transfers", filter=~Q(transfers__task=None)))
        )
        return super().get_context_data(reorganizations=events, **kwargs)


class ReorganizationCreateView(AdministratorMixin, TemplateView):
    template_name = "reorganization/form.html"

    def form(self, data=None):
        return ReorganizationForm(data, provinces=administered_provinces(self.access))

    def render_form(self, form, status=200):
        response = self.render_to_response(self.get_context_data(form=form))
        response.status_code = status
        return response

    def get(self, request, *args, **kwargs):
        return self.render_form(self.form())

    def post(self, request, *args, **kwargs):
        form = self.form(request.POST)
        if not form.is_valid():
            return self.render_form(form, status=400)
        data = form.cleaned_data
        try:
            reorganization = services.record_reorganization(
                data["kind"],
                data["province"],
                data["effective_date"],
                data["legal_basis"],
                form.pairs,
                user=request.user,
                absorbed_province=data.get("absorbed_province"),
                legal_basis_title=data["legal_basis_title"],
                note=data["note"],
            )
        except services.ReorganizationError as error:
            form.add_error(None, error.message)
            return self.render_form(form, status=400)
        messages.success(request, _("Recorded. Check what it moves, then confirm."))
        return redirect("reorganization:detail", reorganization.pk)


class ReorganizationDetailView(AdministratorMixin, TemplateView):
    template_name = "reorganization/detail.html"

    def get_context_data(self, **kwargs):
        reorganization = self.reorganization(kwargs["pk"])
        context = {"reorganization": reorganization, "States": ReorganizationState}
        context["successions"] = list(reorganization.successions.select_related("predecessor", "successor"))
        if reorganization.state in (ReorganizationState.DRAFT, ReorganizationState.SCHEDULED):
            plan = services.preview(reorganization)
            context["plan"] = plan
            context["assignment_moves"] = plan.moves_of(TransferKind.ASSIGNMENT, TransferKind.ASSIGNMENT_JOINED)
            context["other_moves"] = plan.moves_of(TransferKind.REPORT, TransferKind.EXTENSION, TransferKind.DIRECTION)
            context["membership_moves"] = plan.moves_of(
                TransferKind.MEMBERSHIP, TransferKind.MEMBERSHIP_JOINED, TransferKind.MEMBERSHIP_REVIEW
            )
            context["choice_prefix"] = CHOICE_PREFIX
        else:
            context["transfers"] = list(
                reorganization.transfers.exclude(task=None).select_related("task", "from_agency", "to_agency")
            )
            context["undo_blocker"] = services.undo_blocker(reorganization)
        return super().get_context_data(**context, **kwargs)


class ReorganizationConfirmView(AdministratorMixin, View):
    def post(self, request, pk):
        reorganization = self.reorganization(pk)
        choices = {
            key.removeprefix(CHOICE_PREFIX): value
            for key, value in request.POST.items()
            if key.startswith(CHOICE_PREFIX) and key.removeprefix(CHOICE_PREFIX).isdigit() and value.isdigit()
        }
        try:
            reorganization = services.confirm(reorganization, request.user, choices=choices)
        except services.ReorganizationError as error:
            messages.error(request, error.message)
            return redirect("reorganization:detail", pk)
        if reorganization.state == ReorganizationState.APPLIED:
            messages.success(request, _("Applied: the open work is now with the successors."))
        else:
            messages.success(
                request,
                _("Confirmed: the work moves on %(date)s.") % {"date": f"{reorganization.effective_date:%d/%m/%Y}"},
            )
        return redirect("reorganization:detail", pk)


class ReorganizationUndoView(AdministratorMixin, View):
    def post(self, request, pk):
        reorganization = self.reorganization(pk)
        try:
            services.undo(reorganization, request.user)
        except services.ReorganizationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Undone: the work is back with the bodies that held it."))
        return redirect("reorganization:detail", pk)
