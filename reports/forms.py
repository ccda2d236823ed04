"""Forms for writing a report, moving it through the workflow, asking for and deciding extensions, directions."""

import uuid

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from common.validators import StorableDecimal
from common.widgets import DayMonthYearInput
from tasks.models import ScheduleKind
from tasks.reporting_duty import ScheduleSpec

from .attachments import check_upload, oversized_error
from .models import ProgressReport, ReportedStatus, TargetValue

OUT_OF_DATE = _("This page is out of date: open it again, then make your changes.")


class ReportForm(forms.ModelForm):
    """The report itself, the current value of each of the task's targets and one new attachment."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    confirm_completed = forms.BooleanField(
        label=_("Yes, the task is completed although the percentage is below 100%"),
        required=False,
        widget=forms.HiddenInput,
    )
    attachment = forms.FileField(
        label=_("Attach a file"),
        required=False,
        help_text=_("PDF, Word, Excel, PowerPoint, PNG or JPEG."),
    )

    class Meta:
        model = ProgressReport
        fields = ["result", "status", "percent_complete", "difficulties", "proposals"]
        widgets = {
            "result": forms.Textarea(attrs={"rows": 6}),
            "difficulties": forms.Textarea(attrs={"rows": 3}),
            "proposals": forms.Textarea(attrs={"rows": 3}),
            "percent_complete": forms.NumberInput(attrs={"min": 0, "max": 100}),
        }

    def __init__(self, *args, task, oversized=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.task = task
        self.oversized = oversized or {}
        self.fields["result"].required = True
        if task.is_recurring:
            choices = self.fields["status"].choices
            self.fields["status"].choices = [c for c in choices if c[0] != ReportedStatus.COMPLETED]
        current = {tv.target_id: tv.value for tv in self.instance.target_values.all()} if self.instance.pk else {}
        self.targets = list(task.targets.all())
        column = TargetValue._meta.get_field("value")
        for target in self.targets:
            self.fields[self.target_field(target)] = forms.DecimalField(
                label=f"{target.description} ({target.unit})",
                required=False,
                max_digits=column.max_digits,
                decimal_places=column.decimal_places,
                validators=[StorableDecimal()],
                initial=current.get(target.pk),
                help_text=_("Target: %(value)s %(unit)s")
                % {"value": f"{target.target_value.normalize():f}", "unit": target.unit},
            )
        if self.instance.pk and "version" not in self.initial:
            self.initial["version"] = self.instance.version

    @staticmethod
    def target_field(target):
        return f"target_{target.pk}"

    def clean_attachment(self):
        if "attachment" in self.oversized:
            raise oversized_error(self.oversized["attachment"])
        upload = self.cleaned_data.get("attachment")
        if upload:
            check_upload(upload)
        return upload

    def clean(self):
        # Without the version the page was opened at, a stale save could not be told from a fresh one.
        if self.instance.pk and self.cleaned_data.get("version") is None:
            self.add_error(None, OUT_OF_DATE)
        percent = self.cleaned_data.get("percent_complete")
        completed = self.cleaned_data.get("status") == ReportedStatus.COMPLETED
        if completed and percent is not None and percent < 100 and not self.cleaned_data.get("confirm_completed"):
            self.fields["confirm_completed"].widget = forms.CheckboxInput()
            self.add_error(
                "percent_complete",
                _(
                    "“Completed” was chosen but the percentage complete is %(percent)s%%: correct the percentage, "
                    "or tick the confirmation below if the task is indeed completed."
                )
                % {"percent": percent},
            )
        return super().clean()

    def target_fields(self):
        return [self[self.target_field(t)] for t in self.targets]

    def report_fields(self):
        return {name: self.cleaned_data[name] for name in self.Meta.fields}

    def target_values(self):
        return {t: self.cleaned_data.get(self.target_field(t)) for t in self.targets}


class ActionForm(forms.Form):
    """A workflow step on the version of the report the user saw, with an optional comment."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ReturnForm(ActionForm):
    comment = forms.CharField(
        label=_("What must be corrected"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ExtensionRequestForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 4}))
    proposed_date = forms.DateField(label=_("Proposed deadline"), widget=DayMonthYearInput)


class ExtensionDecisionForm(forms.Form):
    GRANT, REFUSE = "grant", "refuse"

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(GRANT, _("Grant")), (REFUSE, _("Refuse"))],
        widget=forms.RadioSelect,
    )
    granted_date = forms.DateField(
        label=_("Extended deadline"),
        required=False,
        widget=DayMonthYearInput,
        help_text=_("Leave empty to grant the proposed date."),
    )
    reason = forms.CharField(label=_("Reason for the decision"), widget=forms.Textarea(attrs={"rows": 3}))


class ExtensionForwardForm(forms.Form):
    """The requesting agency's head on a staff request: forward it to the monitoring unit, or not."""

    FORWARD, HOLD = "forward", "hold"

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(FORWARD, _("Forward to the monitoring unit")), (HOLD, _("Do not forward"))],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the request is not forwarded."),
    )


class DirectionForm(forms.Form):
    """A direction with the agency that carries it out (one of the task's), optionally one of its people, and a
    deadline."""

    text = forms.CharField(label=_("Direction"), widget=forms.Textarea(attrs={"rows": 3}))
    assignee_agency = forms.ModelChoiceField(label=_("Agency to carry it out"), queryset=None)
    assignee = forms.ModelChoiceField(
        label=_("Person to carry it out"),
        queryset=None,
        required=False,
        help_text=_("Optional: one of the agency's people."),
    )
    due_date = forms.DateField(label=_("Deadline"), required=False, widget=DayMonthYearInput)
    submission = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, agencies, people, **kwargs):
        """`agencies`: the task's agencies (the lead first); `people`: their active members' memberships."""
        super().__init__(*args, **kwargs)
        self.initial.setdefault("submission", uuid.uuid4())
        self.memberships = list(people)
        self.fields["assignee_agency"].queryset = agencies
        self.fields["assignee_agency"].label_from_instance = lambda agency: agency.display_name
        first = agencies.first()
        if first is not None:
            self.initial.setdefault("assignee_agency", first.pk)
        user_ids = {m.user_id for m in self.memberships}
        self.fields["assignee"].queryset = (
            get_user_model().objects.filter(pk__in=user_ids).order_by("last_name", "first_name", "username")
        )
        agency_of = {}
        for membership in self.memberships:
            agency_of.setdefault(membership.user_id, membership.agency.display_name)
        self.fields["assignee"].label_from_instance = lambda user: (
            f"{user.get_full_name() or user.get_username()} ({agency_of.get(user.pk, '')})"
        )

    def clean(self):
        cleaned = super().clean()
        # A page without its submission id was not sent from this form as it is today.
        if "submission" in self.errors:
            self.add_error(None, OUT_OF_DATE)
        agency, person = cleaned.get("assignee_agency"), cleaned.get("assignee")
        if agency is not None and person is not None:
            if not any(m.user_id == person.pk and m.agency_id == agency.pk for m in self.memberships):
                self.add_error("assignee", _("Choose one of the people of the agency chosen above."))
        return cleaned


class DirectiveReportingForm(forms.Form):
    """The monitoring unit's settings of one directive: who consolidates, which schedules, one more schedule."""

    monitoring_agency = forms.ModelChoiceField(label=_("Monitoring unit (consolidates the reports)"), queryset=None)
    schedules = forms.MultipleChoiceField(
        label=_("Reporting schedule"),
        choices=(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Untick a schedule to stop it; its periods that already hold reports are kept."),
    )
    add_kind = forms.ChoiceField(
        label=_("Add a schedule"),
        required=False,
        choices=[
            ("", "—"),
            (ScheduleKind.QUARTERLY, ScheduleKind.QUARTERLY.label),
            (ScheduleKind.ANNUAL, ScheduleKind.ANNUAL.label),
            (ScheduleKind.MONTHLY, ScheduleKind.MONTHLY.label),
        ],
    )
    add_day = forms.IntegerField(label=_("Due before day"), required=False, min_value=1, max_value=31)
    add_month = forms.IntegerField(
        label=_("Of month (yearly reports)"),
        required=False,
        min_value=1,
        max_value=12,
    )

    def __init__(self, *args, agencies, schedule_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["monitoring_agency"].queryset = agencies
        self.fields["schedules"].choices = schedule_choices

    def clean(self):
        cleaned = super().clean()
        kind, day, month = cleaned.get("add_kind"), cleaned.get("add_day"), cleaned.get("add_month")
        if kind and day is None and "add_day" not in self.errors:
            self.add_error("add_day", _("Give the day of the month reports are due before."))
        if kind == ScheduleKind.ANNUAL and month is None and "add_month" not in self.errors:
            self.add_error("add_month", _("Give the month of the yearly deadline."))
        return cleaned

    def specs(self):
        """The schedules the form asks for: those ticked, and the one added."""
        specs = [ScheduleSpec.from_key(key) for key in self.cleaned_data["schedules"]]
        kind, day = self.cleaned_data.get("add_kind"), self.cleaned_data.get("add_day")
        if kind:
            specs.append(ScheduleSpec.standard(kind, day, self.cleaned_data.get("add_month")))
        return specs
