"""Pages for reporting: the inbox, writing and reading a report, workflow steps, files, extensions, directions.

Every object is looked up through the user's Access: what they may not read answers 404, what they may read but
not change answers 403. The actions themselves live in services.py.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.generic import TemplateView

from agencies.models import Agency, Membership, Role
from agencies.permissions import AGENCY_ROLES, access_for
from tasks.models import LEADING_ROLES, Directive, Task
from tasks.reporting_duty import ScheduleSpec, usual_schedules

from . import obligations, services
from .attachments import SizeLimitUploadHandler
from .forms import (
    OUT_OF_DATE,
    ActionForm,
    DirectionForm,
    DirectiveReportingForm,
    ExtensionDecisionForm,
    ExtensionForwardForm,
    ExtensionRequestForm,
    ReportForm,
    ReturnForm,
)
from .inbox import build_inbox, extensions_to_forward, review_queues
from .models import (
    Attachment,
    EventKind,
    ExtensionRequest,
    ExtensionState,
    ProgressReport,
    ReportingPeriod,
    ReportState,
)
from .schedules import set_directive_reporting

RETURN_EVENTS = (EventKind.RETURNED_BY_HEAD, EventKind.RETURNED_BY_MONITOR)

ACTIONS = {
    "submit": (services.submit_for_approval, ActionForm, gettext_lazy("The report was sent to the agency head.")),
    "withdraw": (services.withdraw, ActionForm, gettext_lazy("The report was withdrawn: you can change it again.")),
    "approve": (
        services.approve_and_submit,
        ActionForm,
        gettext_lazy("The report was submitted to the monitoring unit."),
    ),
    "return_to_staff": (services.return_to_staff, ReturnForm, gettext_lazy("The report was returned to staff.")),
    "accept": (services.accept, ActionForm, gettext_lazy("The report was accepted.")),
    "return_to_agency": (services.return_to_agency, ReturnForm, gettext_lazy("The report was returned to the agency.")),
}


def reporting_task_queryset():
    """Tasks with their directive and targets."""
    return Task.objects.assignable().select_related("directive").prefetch_related("targets")


def visible_report(request, pk):
    queryset = ProgressReport.objects.visible_to(access_for(request))
    return get_object_or_404(queryset.select_related("task__directive", "agency", "period"), pk=pk)


def landing_page(access):
    """Where each role's work is: staff, heads and the monitoring unit their inbox (reports to write, approve or
    accept, extensions to decide), leadership the dashboard, administrators the imports; the first that applies."""
    if access.agency_ids_in(*AGENCY_ROLES, Role.MONITOR):
        return "reports:inbox"
    if access.agency_ids_in(Role.LEADERSHIP) or access.is_superuser:
        return "dashboard:index"
    if access.agency_ids_in(Role.ADMIN):
        return "tasks:import_upload"
    return "tasks:directive_list"


@login_required
def home(request):
    """The site's address: signed in, each role lands where its work is; signed out, the login comes back here."""
    return redirect(landing_page(access_for(request)))


class InboxView(LoginRequiredMixin, TemplateView):
    template_name = "reports/inbox.html"

    def get_context_data(self, **kwargs):
        access = access_for(self.request)
        groups = build_inbox(access)
        queues = review_queues(access)
        queues["to_forward"] = extensions_to_forward(access) if access.has_role(Role.HEAD) else []
        is_empty = not any(rows for _key, _title, rows in groups) and not any(queues.values())
        return super().get_context_data(groups=groups, is_empty=is_empty, **queues, **kwargs)


class ReportFormMixin:
    """Shows the report form on GET and saves a draft, optionally sending it on, on POST.

    Views using it are csrf_exempt at dispatch: CSRF is checked in post(), after the upload size guard is
    installed (Django's documented pattern for upload handlers).
    """

    template_name = "reports/report_form.html"

    def render_form(self, form, status=200):
        report = self.report if self.report.pk else None
        returned = None
        if report is not None and report.state in (ReportState.RETURNED_BY_HEAD, ReportState.RETURNED_BY_MONITOR):
            returned = report.history.filter(kind__in=RETURN_EVENTS).order_by("-at", "-pk").first()
        context = {
            "form": form,
            "task": self.task,
            "agency": self.agency,
            "period": self.period,
            "report": report,
            "returned": returned,
        }
        response = self.response_class(request=self.request, template=self.template_name, context=context)
        response.status_code = status
        return response

    def get(self, request, *args, **kwargs):
        return self.render_form(ReportForm(instance=self.report, task=self.task))

    def post(self, request, *args, **kwargs):
        # Before anything reads the body: an oversized file is dropped while it arrives, not after.
        request.upload_handlers.insert(0, SizeLimitUploadHandler(request))
        return csrf_protect(self.save)(request)

    def save(self, request):
        form = ReportForm(
            request.POST,
            request.FILES,
            instance=self.report,
            task=self.task,
            oversized=request.oversized_uploads,
        )
        if not form.is_valid():
            return self.render_form(form, status=400)
        files = [form.cleaned_data["attachment"]] if form.cleaned_data.get("attachment") else []
        try:
            report = services.save_draft(
                request.user,
                self.report,
                form.report_fields(),
                form.target_values(),
                version=form.cleaned_data.get("version"),
                files=files,
            )
            if "send" in request.POST:
                services.submit_for_approval(request.user, report, report.version)
                messages.success(request, _("The report was sent to the agency head."))
                return redirect(report)
        except services.WorkflowError as error:
            form.add_error(None, error.message)
            return self.render_form(form, status=409)
        messages.success(request, _("The draft was saved."))
        return redirect("reports:report_edit", pk=report.pk)


@method_decorator(csrf_exempt, name="dispatch")
class ReportCreateView(LoginRequiredMixin, ReportFormMixin, TemplateView):
    """A new report of one agency on one task for one period; an existing one is opened instead."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        access = access_for(request)
        self.task = get_object_or_404(reporting_task_queryset().visible_to(access), pk=kwargs["task"])
        self.period = get_object_or_404(ReportingPeriod, pk=kwargs["period"], directive_id=self.task.directive_id)
        entry = obligations.reporters(self.task).get(kwargs["agency"])
        if entry is None or entry[0].pk not in access.agency_ids_in(*AGENCY_ROLES):
            raise Http404
        self.agency = entry[0]
        existing = ProgressReport.objects.filter(task=self.task, agency=self.agency, period=self.period).first()
        if existing is not None:
            return redirect("reports:report_edit", pk=existing.pk)
        self.report = ProgressReport(task=self.task, agency=self.agency, period=self.period)
        return super().dispatch(request, *args, **kwargs)


@method_decorator(csrf_exempt, name="dispatch")
class ReportEditView(LoginRequiredMixin, ReportFormMixin, TemplateView):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.report = visible_report(request, kwargs["pk"])
        if not access_for(request).can_write_for(self.report.agency_id):
            raise PermissionDenied
        if not self.report.is_editable:
            messages.info(request, _("This report has been sent on and can no longer be changed here."))
            return redirect(self.report)
        self.task = get_object_or_404(reporting_task_queryset(), pk=self.report.task_id)
        self.agency, self.period = self.report.agency, self.report.period
        return super().dispatch(request, *args, **kwargs)


class ReportDetailView(LoginRequiredMixin, TemplateView):
    template_name = "reports/report_detail.html"

    def get_context_data(self, **kwargs):
        access = access_for(self.request)
        report = visible_report(self.request, self.kwargs["pk"])
        state = report.state
        initial = {"version": report.version}
        can_write = access.can_write_for(report.agency_id) and report.is_editable
        can_approve = access.can_approve_for(report.agency_id) and state == ReportState.PENDING_APPROVAL
        can_review = access.can_review_in(report.task.directive.province_id) and state == ReportState.SUBMITTED
        can_withdraw = access.can_write_for(report.agency_id) and state == ReportState.PENDING_APPROVAL
        can_delete = can_write and state == ReportState.DRAFT and report.submitted_at is None
        return super().get_context_data(
            report=report,
            target_values=report.target_values.select_related("target"),
            attachments=report.attachments.all(),
            history=report.history.select_related("actor"),
            can_write=can_write,
            can_approve=can_approve,
            can_review=can_review,
            can_withdraw=can_withdraw,
            can_delete=can_delete,
            action_form=ActionForm(initial=initial),
            return_form=ReturnForm(initial=initial),
            **kwargs,
        )


class ReportActionView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk, action):
        if action not in ACTIONS:
            raise Http404
        report = visible_report(request, pk)
        service, form_class, done = ACTIONS[action]
        form = form_class(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return redirect(report)
        arguments = {"version": form.cleaned_data["version"]}
        if action in ("return_to_staff", "return_to_agency", "approve", "accept"):
            arguments["comment"] = form.cleaned_data["comment"]
        try:
            service(request.user, report, **arguments)
        except services.WorkflowError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, done)
        return redirect(report)


class ReportDeleteView(LoginRequiredMixin, View):
    """Delete a draft never sent on; back to the task."""

    http_method_names = ["post"]

    def post(self, request, pk):
        report = visible_report(request, pk)
        form = ActionForm(request.POST)
        if not form.is_valid():
            messages.error(request, OUT_OF_DATE)
            return redirect(report)
        try:
            task = services.delete_draft(request.user, report, form.cleaned_data["version"])
        except services.WorkflowError as error:
            messages.error(request, error.message)
            return redirect(report)
        messages.success(request, _("The draft was deleted."))
        return redirect(task)


class AttachmentRemoveView(LoginRequiredMixin, View):
    """Remove one attached file from a report its agency still holds; back to the report form."""

    http_method_names = ["post"]

    def post(self, request, pk):
        attachment = get_object_or_404(Attachment.objects.select_related("report"), pk=pk)
        report = visible_report(request, attachment.report_id)
        form = ActionForm(request.POST)
        if not form.is_valid():
            messages.error(request, OUT_OF_DATE)
            return redirect(report)
        try:
            services.remove_attachment(request.user, attachment, form.cleaned_data["version"])
        except services.WorkflowError as error:
            messages.error(request, error.message)
            return redirect(report)
        messages.success(request, _("The file %(name)s was removed.") % {"name": attachment.original_name})
        return redirect("reports:report_edit", pk=report.pk)


class AttachmentDownloadView(LoginRequiredMixin, View):
    def get(self, request, pk):
        reports = ProgressReport.objects.visible_to(access_for(request))
        attachment = get_object_or_404(Attachment.objects.filter(report__in=reports), pk=pk)
        return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.original_name)


class TaskFormView(LoginRequiredMixin, TemplateView):
    """A form about one task the user may see (404 otherwise)."""

    form_class = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.task = get_object_or_404(reporting_task_queryset().visible_to(access_for(request)), pk=kwargs["task"])
        return super().dispatch(request, *args, **kwargs)

    def render_form(self, form, status=200):
        response = self.render_to_response(self.get_context_data(form=form, task=self.task))
        response.status_code = status
        return response

    def get_form(self, data=None):
        return self.form_class(data)

    def get(self, request, *args, **kwargs):
        return self.render_form(self.get_form())

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render_form(form, status=400)
        try:
            self.act(form)
        except services.WorkflowError as error:
            form.add_error(None, error.message)
            return self.render_form(form, status=409)
        return redirect(self.task)


class ExtensionRequestView(TaskFormView):
    template_name = "reports/extension_request.html"
    form_class = ExtensionRequestForm

    def lead_agency(self):
        own = access_for(self.request).agency_ids_in(*AGENCY_ROLES)
        for agency, role in obligations.reporters(self.task).values():
            if agency.pk in own and role in LEADING_ROLES:
                return agency
        raise PermissionDenied

    def get(self, request, *args, **kwargs):
        self.lead_agency()
        return super().get(request, *args, **kwargs)

    def act(self, form):
        extension = services.request_extension(
            self.request.user,
            self.task,
            self.lead_agency(),
            form.cleaned_data["reason"],
            form.cleaned_data["proposed_date"],
        )
        if extension.state == ExtensionState.AWAITING_HEAD:
            messages.success(self.request, _("The extension request was sent to your agency head."))
        else:
            messages.success(self.request, _("The extension request was sent."))


class DirectionCreateView(TaskFormView):
    template_name = "reports/direction_form.html"
    form_class = DirectionForm

    def get(self, request, *args, **kwargs):
        if not access_for(request).can_decide_in(self.task.directive.province_id):
            raise PermissionDenied
        return super().get(request, *args, **kwargs)

    def get_form(self, data=None):
        agencies = services.direction_agencies(self.task)
        people = (
            Membership.objects.filter(agency__in=agencies, role__in=AGENCY_ROLES, user__is_active=True)
            .select_related("agency")
            .order_by("role", "pk")
        )
        return self.form_class(data, agencies=agencies, people=people)

    def act(self, form):
        data = form.cleaned_data
        services.write_direction(
            self.request.user,
            self.task,
            data["text"],
            data["submission"],
            assignee_agency=data["assignee_agency"],
            assignee=data["assignee"],
            due_date=data["due_date"],
        )
        messages.success(self.request, _("The direction was recorded."))


class ExtensionActionMixin(LoginRequiredMixin):
    """One extension request of a task the user may see, acted on by whom `may_act` lets through."""

    def may_act(self, access, extension):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        access = access_for(request)
        visible_tasks = Task.objects.visible_to(access)
        self.extension = get_object_or_404(
            ExtensionRequest.objects.filter(task__in=visible_tasks).select_related(
                "task__directive", "agency", "requested_by"
            ),
            pk=kwargs["pk"],
        )
        if not self.may_act(access, self.extension):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def render_form(self, form, status=200):
        response = self.render_to_response(self.get_context_data(form=form, extension=self.extension))
        response.status_code = status
        return response


class ExtensionForwardView(ExtensionActionMixin, TemplateView):
    """The requesting agency's head forwards a staff extension request to the monitoring unit, or does not."""

    template_name = "reports/extension_forward.html"

    def may_act(self, access, extension):
        return access.can_approve_for(extension.agency_id)

    def get(self, request, *args, **kwargs):
        return self.render_form(ExtensionForwardForm())

    def post(self, request, *args, **kwargs):
        form = ExtensionForwardForm(request.POST)
        if not form.is_valid():
            return self.render_form(form, status=400)
        forward = form.cleaned_data["decision"] == ExtensionForwardForm.FORWARD
        try:
            services.forward_extension(request.user, self.extension, forward, form.cleaned_data["comment"])
        except services.WorkflowError as error:
            form.add_error(None, error.message)
            return self.render_form(form, status=409)
        if forward:
            messages.success(request, _("The extension request was forwarded to the monitoring unit."))
        else:
            messages.success(request, _("The extension request was not forwarded; the person who asked is told why."))
        return redirect(self.extension.task)


class ExtensionDecisionView(ExtensionActionMixin, TemplateView):
    template_name = "reports/extension_decide.html"

    def may_act(self, access, extension):
        return access.can_decide_in(extension.task.directive.province_id)

    def get(self, request, *args, **kwargs):
        return self.render_form(ExtensionDecisionForm(initial={"granted_date": self.extension.proposed_date}))

    def post(self, request, *args, **kwargs):
        form = ExtensionDecisionForm(request.POST)
        if not form.is_valid():
            return self.render_form(form, status=400)
        try:
            services.decide_extension(
                request.user,
                self.extension,
                form.cleaned_data["decision"] == ExtensionDecisionForm.GRANT,
                form.cleaned_data["reason"],
                form.cleaned_data["granted_date"],
            )
        except services.WorkflowError as error:
            form.add_error(None, error.message)
            return self.render_form(form, status=409)
        messages.success(request, _("The decision was recorded."))
        return redirect(self.extension.task)


class DirectiveReportingView(LoginRequiredMixin, TemplateView):
    """The monitoring unit sets who consolidates a directive's reports and when they fall due."""

    template_name = "reports/directive_reporting.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        access = access_for(request)
        self.directive = get_object_or_404(access.directives(Directive.objects.all()), pk=kwargs["pk"])
        if not access.can_review_in(self.directive.province_id):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form(self, data=None):
        current = [ScheduleSpec.of(schedule) for schedule in self.directive.schedules.exclude(day_of_month=None)]
        offered = dict.fromkeys([*current, *usual_schedules(self.directive.province)])
        return DirectiveReportingForm(
            data,
            agencies=Agency.objects.filter(province=self.directive.province_id, is_group=False).order_by("name"),
            schedule_choices=[(spec.key, spec.label()) for spec in offered],
            initial={
                "monitoring_agency": self.directive.monitoring_agency_id,
                "schedules": [spec.key for spec in current],
            },
        )

    def get_context_data(self, **kwargs):
        ad_hoc = self.directive.schedules.filter(day_of_month=None)
        return super().get_context_data(directive=self.directive, ad_hoc=ad_hoc, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=self.form()))

    def post(self, request, *args, **kwargs):
        form = self.form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        set_directive_reporting(self.directive, form.cleaned_data["monitoring_agency"], form.specs())
        messages.success(request, _("The directive's reporting settings were saved."))
        return redirect(self.directive)
