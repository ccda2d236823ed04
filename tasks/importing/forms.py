"""Forms of the import pages: the upload, the directive's details, and resolving an agency name."""

from django import forms
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency, AgencyKind, Province
from portal.widgets import DayMonthYearInput
from tasks.models import DirectiveKind

ACCEPT = (
    ".xlsx,.xls,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
    "application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet,text/csv"
)


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet (.xlsx, .xls, .ods or .csv)"),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )
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
