"""Forms of the import pages: the upload, the directive's details, and resolving an agency name."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency, AgencyKind, Province
from common.widgets import DayMonthYearInput
from tasks.models import DirectiveKind

ACCEPT = (
    ".xlsx,.xls,.ods,.csv,.docx,.pdf,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
    "application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet,text/csv,"
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/plain"
)


class ProvinceForm(forms.Form):
    """The province an import goes to: required unless a superuser leaves it to the document's own header."""

    province = forms.ModelChoiceField(
        label=_("Province"),
        queryset=Province.objects.none(),
        required=False,
        help_text=_("Leave empty to take it from the title rows."),
    )

    def __init__(self, *args, provinces, province_optional, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = provinces
        # Only a superuser may leave it to the title rows: anyone else imports into their own province.
        self.fields["province"].required = not province_optional
        if not province_optional:
            self.fields["province"].help_text = ""
        if len(provinces) == 1:
            self.fields["province"].initial = provinces[0]


class UploadForm(ProvinceForm):
    file = forms.FileField(
        label=_("Spreadsheet (.xlsx, .xls, .ods or .csv) or the directive itself (.docx, .pdf or .txt)"),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )
    field_order = ("file", "province")


class PasteForm(ProvinceForm):
    text = forms.CharField(
        label=_("The directive's text"),
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_(
            "Copied from the province's portal, an e-mail or a document: the header, the tasks and the signature."
        ),
    )
    field_order = ("text", "province")

    def clean_text(self):
        text = self.cleaned_data["text"]
        if len(text.encode("utf-8")) > settings.IMPORT_MAX_FILE_BYTES:
            raise forms.ValidationError(_("The text is longer than an import reads. Split it."))
        if "\x00" in text:
            raise forms.ValidationError(_("The text holds a NUL character (byte 0), which text cannot contain."))
        return text


class TaskEditForm(forms.Form):
    """A person's correction of one proposed task in the preview."""

    key = forms.CharField(widget=forms.HiddenInput, max_length=300)
    text = forms.CharField(label=_("Task"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000, required=False)
    lead = forms.CharField(label=_("Lead"), max_length=1000, required=False)
    coordinators = forms.CharField(label=_("Coordinating"), max_length=2000, required=False)
    timeframe = forms.CharField(label=_("Timeframe"), max_length=500, required=False)
    dropped = forms.BooleanField(label=_("Not a task: leave it out"), required=False)
    second_text = forms.CharField(
        label=_("Second task, to split this one in two"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=5000,
        required=False,
        help_text=_("To split this task in two: move the second task's words here; both keep the agencies above."),
    )

    def clean(self):
        data = super().clean()
        if not data.get("dropped") and not (data.get("text") or "").strip():
            raise forms.ValidationError(_("Write the task's text, or tick that it is not a task."))
        return data


class DirectiveDetailsForm(forms.Form):
    kind = forms.ChoiceField(label=_("Document kind"), choices=DirectiveKind.choices)
    number = forms.CharField(label=_("Number"), max_length=20, required=False)
    symbol = forms.CharField(label=_("Symbol"), max_length=60)
    issued_on = forms.DateField(
        label=_("Issued on"), required=False, input_formats=["%d/%m/%Y", "%Y-%m-%d"], widget=DayMonthYearInput
    )
    place = forms.CharField(label=_("Place"), max_length=100, required=False)
    subject = forms.CharField(label=_("Subject"), widget=forms.Textarea(attrs={"rows": 2}))
    issuing_agency = forms.ModelChoiceField(label=_("Issuing agency"), queryset=Agency.objects.none(), required=False)
    monitoring_agency = forms.ModelChoiceField(
        label=_("Monitoring unit (consolidates the reports)"),
        queryset=Agency.objects.none(),
        required=False,
    )
    schedules = forms.MultipleChoiceField(
        label=_("Reporting schedule"),
        choices=(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick none if the directive sets no periodic report."),
    )

    def __init__(self, *args, agencies, schedule_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issuing_agency"].queryset = agencies
        self.fields["monitoring_agency"].queryset = agencies
        self.fields["schedules"].choices = schedule_choices


class MapAgencyForm(forms.Form):
    text = forms.CharField(widget=forms.HiddenInput, max_length=255)
    agency = forms.ModelChoiceField(label=_("Existing agency"), queryset=Agency.objects.none())

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies


class CreateAgencyForm(forms.Form):
    text = forms.CharField(widget=forms.HiddenInput, max_length=255)
    catalogue_key = forms.CharField(widget=forms.HiddenInput, max_length=100, required=False)
    name = forms.CharField(label=_("Full name of the new agency"), max_length=255)
    kind = forms.ChoiceField(label=_("Kind"), choices=AgencyKind.choices, initial=AgencyKind.DEPARTMENT)
