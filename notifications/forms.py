"""The form a person uses to choose the language of e-mails, mute advance notices and the e-mails of events."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import EVENT_KINDS, MUTABLE_KINDS, Kind, Preference


class PreferenceForm(forms.ModelForm):
    muted = forms.MultipleChoiceField(
        label=_("Do not send me these advance notices"),
        choices=[(kind.value, kind.label) for kind in Kind if kind in MUTABLE_KINDS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Overdue notices and escalations are always sent."),
    )
    unmailed = forms.MultipleChoiceField(
        label=_("Do not e-mail me when these happen"),
        choices=[(kind.value, kind.label) for kind in EVENT_KINDS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("They still appear in your notifications in the portal."),
    )

    class Meta:
        model = Preference
        fields = ["language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["muted"].initial = sorted(self.instance.muted())
        self.fields["unmailed"].initial = sorted(self.instance.unmailed())

    def save(self, commit=True):
        self.instance.muted_kinds = ",".join(sorted({*self.cleaned_data["muted"], *self.cleaned_data["unmailed"]}))
        return super().save(commit)
