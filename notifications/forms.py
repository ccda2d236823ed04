"""The form a person uses to choose the language of reminder emails and mute advance notices."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MUTABLE_KINDS, Kind, Preference


class PreferenceForm(forms.ModelForm):
    muted = forms.MultipleChoiceField(
        label=_("Do not send me these advance notices"),
        choices=[(kind.value, kind.label) for kind in Kind if kind in MUTABLE_KINDS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Overdue notices and escalations are always sent."),
    )

    class Meta:
        model = Preference
        fields = ["language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["muted"].initial = sorted(self.instance.muted())

    def save(self, commit=True):
        self.instance.muted_kinds = ",".join(sorted(self.cleaned_data["muted"]))
        return super().save(commit)
