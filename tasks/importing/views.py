"""Import pages: upload → preview (with progress for big files) → resolve agencies → confirm."""

import datetime

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from agencies.models import Agency, AgencyAlias, AgencyKind, Province
from agencies.permissions import access_for
from tasks.intake.safety import document_extension
from tasks.models import ImportStatus
from tasks.reporting_duty import usual_schedules

from . import jobs
from .edits import SPLIT, TASK_EDITS, first_key, row_key
from .forms import CreateAgencyForm, DirectiveDetailsForm, MapAgencyForm, PasteForm, TaskEditForm, UploadForm
from .preview import schedule_labels
from .safety import Limits, RefusedFile
from .template import template_workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UPLOAD_OVERHEAD = 64 * 1024  # the multipart envelope and the other fields around the file


def _day(iso):
    return datetime.date.fromisoformat(iso) if iso else None


def display_tasks(rows, sources=None):
    """Preview rows with their dates as dates, so templates write them dd/mm/yyyy; a document's rows with the
    paragraph each was read from and a form to correct it."""
    shown = []
    for row in rows:
        task = {
            **row,
            "start_date": _day(row["start_date"]),
            "due_date": _day(row["due_date"]),
            "milestones": [(text, _day(due).strftime("%d/%m/%Y")) for text, due in row["milestones"]],
        }
        if sources is not None:
            task["source"] = sources.get(str(row["row"]))
            part = task["part"] = row.get("part", 1)
            task["edit_form"] = TaskEditForm(
                initial={
                    "key": row_key(row["sheet"], row["row"], part),
                    "text": row["text"],
                    "lead": "; ".join(_as_written(ref) for ref in row["leads"]),
                    "coordinators": "; ".join(_as_written(ref) for ref in row["coordinators"]),
                    "timeframe": row["timeframe"],
                },
                auto_id=f"id_task{row['row']}{'' if part == 1 else f'p{part}'}_%s",
            )
        shown.append(task)
    return shown


def _as_written(ref):
    return ref.get("text") or ref.get("name") or ""


def create_initial(entry):
    """The create form filled from the catalogue body the name means, when there is exactly one."""
    proposals = entry.get("proposals", [])
    if len(proposals) == 1:
        body = proposals[0]
        return {"text": entry["text"], "name": body["name"], "kind": body["kind"], "catalogue_key": body["key"]}
    return {"text": entry["text"], "name": entry["text"]}


def choice_forms(entry):
    """For a name several catalogue bodies could be (initials two bodies spell), one filled create form per body, so
    the person creates the one it means in one step; none for a name one body or no body is."""
    proposals = entry.get("proposals", [])
    if len(proposals) < 2:
        return []
    return [
        CreateAgencyForm(
            initial={"text": entry["text"], "name": body["name"], "kind": body["kind"], "catalogue_key": body["key"]}
        )
        for body in proposals
    ]


class ImportAccessMixin(LoginRequiredMixin):
    """Anonymous users go to the login page; users who may not import get 403."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.access = access_for(request)
        if not self.access.can_import():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def provinces(self):
        if self.access.is_superuser:
            return Province.objects.all()
        return Province.objects.filter(pk__in=self.access.province_ids)


class JobMixin(ImportAccessMixin):
    def get_job(self):
        return get_object_or_404(jobs.visible_jobs(self.access, self.request.user), pk=self.kwargs["pk"])

    def agencies(self, job):
        return Agency.objects.filter(Q(province=job.province) | Q(province__isnull=True)).order_by("name")


class UploadView(ImportAccessMixin, FormView):
    template_name = "tasks/import/upload.html"
    form_class = UploadForm

    def get_form_kwargs(self):
        optional = self.access.is_superuser
        return {**super().get_form_kwargs(), "provinces": self.provinces(), "province_optional": optional}

    def post(self, request, *args, **kwargs):
        # Refuse an oversized upload from its declared length, before Django reads it to disk.
        limit = Limits.from_settings().max_file_bytes
        if int(request.META.get("CONTENT_LENGTH") or 0) > limit + UPLOAD_OVERHEAD:
            form = UploadForm(provinces=self.provinces(), province_optional=self.access.is_superuser)
            form.add_error(
                None,
                _("The file is larger than the limit of %(limit)s.")
                % {
                    "limit": filesizeformat(limit),
                },
            )
            return self.form_invalid(form)
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        recent = jobs.visible_jobs(self.access, self.request.user).select_related("directive")[:10]
        kwargs.setdefault("paste_form", self.paste_form())
        return super().get_context_data(recent=recent, **kwargs)

    def paste_form(self, data=None):
        return PasteForm(data, prefix="paste", provinces=self.provinces(), province_optional=self.access.is_superuser)

    def form_valid(self, form):
        try:
            job = jobs.start_import(form.cleaned_data["file"], self.request.user, form.cleaned_data["province"])
        except RefusedFile as refusal:
            form.add_error("file", str(refusal))
            return self.form_invalid(form)
        return redirect(job)


class PasteView(UploadView):
    """The directive's text pasted into the import page: read as a .txt document, into the same preview."""

    def post(self, request, *args, **kwargs):
        paste_form = self.paste_form(request.POST)
        if paste_form.is_valid():
            try:
                job = jobs.start_pasted_import(
                    paste_form.cleaned_data["text"], request.user, paste_form.cleaned_data["province"]
                )
                return redirect(job)
            except RefusedFile as refusal:
                paste_form.add_error("text", str(refusal))
        form = UploadForm(provinces=self.provinces(), province_optional=self.access.is_superuser)
        return self.render_to_response(self.get_context_data(form=form, paste_form=paste_form))


class JobView(JobMixin, TemplateView):
    template_name = "tasks/import/job.html"
    _agency_choices = None

    def map_form(self, entry, agencies):
        """A form to map one unmatched name; the agencies' options are read once for all of them."""
        # A name that reads strongly like one agency (its words or initials, a run left out) has it chosen in advance.
        near = entry.get("near") or []
        initial = {"text": entry["text"], "agency": near[0][0] if near and near[0][2] else None}
        form = MapAgencyForm(initial=initial, agencies=agencies)
        if self._agency_choices is None:
            self._agency_choices = list(form.fields["agency"].choices)
        form.fields["agency"].choices = self._agency_choices
        return form

    def get_context_data(self, **kwargs):
        job = self.get_job()
        context = {"job": job, "working": job.status in (ImportStatus.READING, ImportStatus.COMMITTING)}
        if job.status == ImportStatus.READY:
            is_document = document_extension(job.original_name) is not None
            context["is_document"] = is_document
            context["corrections"] = [
                {
                    "key": key,
                    "paragraph": key.rpartition("#")[2],
                    "dropped": bool(edit.get("dropped")),
                    "split": bool(edit.get(SPLIT)),
                }
                for key, edit in job.overrides.get(TASK_EDITS, {}).items()
                if key == first_key(key)  # the second part of a split row is undone with the split
            ]
            context["tasks"] = display_tasks(
                job.preview.get("tasks", []), job.preview.get("sources", {}) if is_document else None
            )
            agencies = self.agencies(job)
            details = job.preview.get("directive", {})
            # A form sent back with a field to correct is shown as typed, not as the preview read it.
            context["details_form"] = kwargs.pop("details_form", None) or DirectiveDetailsForm(
                initial={**details, "issued_on": _day(details.get("issued_on"))},
                agencies=agencies,
                schedule_choices=schedule_choices(job, details.get("schedules", [])),
            )
            context["to_create"] = [
                {**entry, "kind_label": AgencyKind(entry["kind"]).label}
                for entry in job.preview.get("agencies_to_create", [])
            ]
            context["unmatched"] = [
                {
                    **entry,
                    "map_form": self.map_form(entry, agencies),
                    "create_form": CreateAgencyForm(initial=create_initial(entry)),
                    "choice_forms": choice_forms(entry),
                }
                for entry in job.preview.get("unmatched_agencies", [])
            ]
        return super().get_context_data(**context, **kwargs)


def schedule_choices(job, chosen):
    """The schedules offered in the preview: those it holds (from the file or chosen) and the province's usual ones."""
    keys = list(dict.fromkeys([*chosen, *(spec.key for spec in usual_schedules(job.province))]))
    return schedule_labels(keys)


class DirectiveDetailsView(JobMixin, View):
    def post(self, request, pk):
        job = self.get_job()
        if job.status != ImportStatus.READY:
            messages.error(request, _("This import can no longer be changed."))
            return redirect(job)
        form = details_form(job, request.POST, self.agencies(job))
        if form.is_valid():
            jobs.save_directive_details(job, form.cleaned_data)
            return redirect(job)
        return self.correct(job, form)

    def correct(self, job, form):
        """Keep the fields that are right, and show the page again with every field as typed and what to correct."""
        jobs.save_directive_details(job, form.cleaned_data, partial=True)
        problems = "; ".join(f"{form.fields[name].label}: {' '.join(found)}" for name, found in form.errors.items())
        messages.error(self.request, _("The directive's details were not saved: %(errors)s") % {"errors": problems})
        view = JobView()
        view.setup(self.request, pk=job.pk)
        view.access = self.access
        context = view.get_context_data(details_form=form)
        return TemplateResponse(self.request, view.template_name, context, status=400)


def details_form(job, data, agencies):
    chosen = job.preview.get("directive", {}).get("schedules", [])
    return DirectiveDetailsForm(data, agencies=agencies, schedule_choices=schedule_choices(job, chosen))


class ResolveAgencyView(JobMixin, View):
    """Map a name the file uses to an existing agency, or create the agency; either is remembered as an alias.

    Sent by the page's script (`X-Requested-With: fetch`, static/js/import-mapping.js) it answers in JSON, and the
    script brings the preview up to date where the person is; without the script the page is sent again."""

    def post(self, request, pk):
        job = self.get_job()
        ok, message = self.resolve(request, job)
        if request.headers.get("X-Requested-With") == "fetch":
            return JsonResponse({"ok": ok, "message": message}, status=200 if ok else 400)
        (messages.success if ok else messages.error)(request, message)
        return redirect(job)

    def resolve(self, request, job):
        if job.status != ImportStatus.READY:
            return False, _("This import can no longer be changed.")
        if job.province is None:
            return False, _("Choose the directive's province first: a name resolved here is kept for it.")
        try:
            if "agency" in request.POST:
                form = MapAgencyForm(request.POST, agencies=self.agencies(job))
                if form.is_valid():
                    jobs.map_agency(job, form.cleaned_data["text"], form.cleaned_data["agency"])
                    return True, _("“%(text)s” now means %(agency)s.") % form.cleaned_data
            else:
                form = CreateAgencyForm(request.POST)
                if form.is_valid():
                    agency = jobs.create_agency(job, **form.cleaned_data)
                    return True, _("Agency %(agency)s created.") % {"agency": agency}
        except jobs.NotInFile as refusal:
            return False, str(refusal)
        return False, _("Choose an agency, or give the new agency's name and kind.")


class EditTaskView(JobMixin, View):
    """Correct a proposed task of a document's preview (text, agencies, timeframe) or leave it out."""

    def post(self, request, pk):
        job = self.get_job()
        form = TaskEditForm(request.POST)
        if job.status != ImportStatus.READY:
            messages.error(request, _("This import can no longer be changed."))
        elif "undo" in request.POST or "merge" in request.POST:
            action = jobs.undo_task_edit if "undo" in request.POST else jobs.merge_with_previous
            try:
                action(job, request.POST.get("key", ""))
            except jobs.NotInPreview as refusal:
                messages.error(request, str(refusal))
        elif form.is_valid() and "split" in request.POST:
            data = form.cleaned_data
            if data["dropped"] or not data["second_text"].strip():
                messages.error(request, _("To split the task, write the second task's words in their own field."))
                return redirect(job)
            try:
                jobs.split_task(
                    job,
                    data["key"],
                    data["text"],
                    data["second_text"],
                    data["lead"],
                    data["coordinators"],
                    data["timeframe"],
                )
            except jobs.NotInPreview as refusal:
                messages.error(request, str(refusal))
        elif form.is_valid():
            data = form.cleaned_data
            try:
                jobs.edit_task(
                    job,
                    data["key"],
                    data["text"],
                    data["lead"],
                    data["coordinators"],
                    data["timeframe"],
                    data["dropped"],
                )
            except jobs.NotInPreview as refusal:
                messages.error(request, str(refusal))
        else:
            problems = " ".join(" ".join(found) for found in form.errors.values())
            messages.error(request, _("The task was not changed: %(errors)s") % {"errors": problems})
        return redirect(job)


class AliasListView(ImportAccessMixin, TemplateView):
    """The names imports remembered for the person's provinces (each a mapping someone made), to undo a wrong one."""

    template_name = "tasks/import/aliases.html"

    def get_context_data(self, **kwargs):
        aliases = (
            AgencyAlias.objects.filter(province__in=self.provinces())
            .select_related("agency", "province")
            .order_by("province__name", "alias")
        )
        return super().get_context_data(aliases=aliases, **kwargs)


class AliasDeleteView(ImportAccessMixin, View):
    def post(self, request, pk):
        alias = get_object_or_404(AgencyAlias, pk=pk, province__in=self.provinces())
        alias.delete()
        messages.success(
            request,
            _("“%(alias)s” no longer means %(agency)s; the next import asks about it again.")
            % {"alias": alias.alias, "agency": alias.agency},
        )
        return redirect("tasks:import_aliases")


class ConfirmView(DirectiveDetailsView):
    """Confirm the import; the directive's details sent with it (the confirm button belongs to their form) are kept
    first, so what was typed in the preview is never lost."""

    def post(self, request, pk):
        job = self.get_job()
        if job.status == ImportStatus.READY and "symbol" in request.POST:
            form = details_form(job, request.POST, self.agencies(job))
            if not form.is_valid():
                return self.correct(job, form)
            if jobs.save_directive_details(job, form.cleaned_data):
                job.refresh_from_db()
                if job.status != ImportStatus.READY:
                    messages.info(request, _("The details were saved; confirm again once the file is read."))
                    return redirect(job)
        if job.status == ImportStatus.READY and jobs.decline_bodies(
            job, request.POST.getlist("offered_body"), request.POST.getlist("create_body")
        ):
            messages.info(
                request,
                _(
                    "Nothing was imported: the unticked names are left to map to an agency (or to create) below; "
                    "confirm again once they are resolved."
                ),
            )
            return redirect(job)
        if job.preview.get("error_count"):
            messages.error(request, _("Fix the problems listed before importing."))
        elif not jobs.confirm_import(job):
            messages.error(request, _("This import is not waiting for confirmation."))
        return redirect(job)


class TemplateDownloadView(ImportAccessMixin, View):
    def get(self, request):
        response = HttpResponse(template_workbook(), content_type=XLSX)
        response["Content-Disposition"] = 'attachment; filename="mau-nhap-nhiem-vu.xlsx"'
        return response
