"""The form an administrator records a reorganization with; the pairs it means are built in `clean()`."""

from django import forms
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency, Province
from common.widgets import DayMonthYearInput

from .models import ReorganizationKind
from .services import province_pairs

ONE_SUCCESSOR = (ReorganizationKind.MERGER, ReorganizationKind.RENAME)


class ReorganizationForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=ReorganizationKind.choices)
    province = forms.ModelChoiceField(label=_("Province"), queryset=Province.objects.none())
    effective_date = forms.DateField(label=_("Effective date"), widget=DayMonthYearInput)
    legal_basis = forms.CharField(
        label=_("Legal basis (number and symbol)"), max_length=100, help_text=_("e.g. 45/2025/NĐ-CP")
    )
    legal_basis_title = forms.CharField(label=_("Legal basis (title)"), max_length=500, required=False)
    predecessors = forms.ModelMultipleChoiceField(
        label=_("Bodies that cease"),
        queryset=Agency.objects.none(),
        required=False,
        help_text=_("A merger or rename: the bodies merged or renamed. A split or dissolution: the one body."),
    )
    successors = forms.ModelMultipleChoiceField(
        label=_("Bodies that take over the work"),
        queryset=Agency.objects.none(),
        required=False,
        help_text=_("A merger or rename: the one successor. A split or dissolution: each body that takes a share."),
    )
    absorbed_province = forms.ModelChoiceField(
        label=_("Province merged into it"),
        queryset=Province.objects.none(),
        required=False,
        help_text=_("Only for a province merger: its bodies hand their work to the same bodies of the province."),
    )
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def __init__(self, *args, provinces, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = provinces
        self.fields["absorbed_province"].queryset = Province.objects.all()
        agencies = Agency.objects.filter(province__in=provinces).select_related("province").order_by("name")
        self.fields["predecessors"].queryset = agencies.filter(is_active=True)
        self.fields["successors"].queryset = agencies.filter(is_active=True)
        self.pairs = []

    def clean(self):
        data = super().clean()
        kind, province = data.get("kind"), data.get("province")
        if not kind or not province:
            return data
        if kind == ReorganizationKind.PROVINCE_MERGER:
            absorbed = data.get("absorbed_province")
            if absorbed is None or absorbed == province:
                raise forms.ValidationError(_("Choose the province merged into this one."))
            self.pairs, _unpaired = province_pairs(province, absorbed)
            if not self.pairs:
                raise forms.ValidationError(_("The two provinces have no bodies of the same kind to hand work to."))
            return data
        predecessors, successors = list(data.get("predecessors") or []), list(data.get("successors") or [])
        outside = [a.name for a in [*predecessors, *successors] if a.province_id != province.pk]
        if outside:
            raise forms.ValidationError(
                _("These bodies are not of the province chosen: %(names)s") % {"names": ", ".join(outside)}
            )
        if not predecessors or not successors:
            raise forms.ValidationError(_("Choose the bodies that cease and the bodies that take over their work."))
        if set(predecessors) & set(successors):
            raise forms.ValidationError(_("A body cannot both cease and take over the work."))
        if kind in ONE_SUCCESSOR:
            if len(successors) != 1:
                self.add_error("successors", _("A merger or rename has exactly one successor."))
                return data
            self.pairs = [(predecessor, successors[0]) for predecessor in predecessors]
        else:
            if len(predecessors) != 1:
                self.add_error("predecessors", _("A split or dissolution concerns one body at a time."))
                return data
            self.pairs = [(predecessors[0], successor) for successor in successors]
        return data
