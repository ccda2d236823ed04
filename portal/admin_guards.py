"""Hostile input the admin answers instead of failing on, for every ModelAdmin (the portal's and third-party ones).

Installed once by `PortalConfig.ready()`; `portal/tests/test_input_sweep.py` sends every admin page hostile values.
"""

from django.contrib.admin import options
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import ValidationError
from django.forms import models as model_forms
from django.utils.text import smart_split

from agencies.normalize import MAX_SEARCH_WORDS

# Rows an inline may add in one save on top of those it has: a form claiming 2,025 rows (`２０２５` reads as a
# number) made Django build and show back up to 2,000 forms, a minute and more of work for one request.
INLINE_MAX_NEW_ROWS = 50


def _bounded_search(get_search_results):
    def get_search_results_of_the_first_words(self, request, queryset, search_term):
        # Each word is one more condition; SQLite refuses a query past a fixed depth ("Expression tree is too large").
        # Nothing stored holds a NUL byte, and PostgreSQL refuses one in a query.
        words = list(smart_split((search_term or "").replace("\x00", "")))
        search_term = " ".join(words[:MAX_SEARCH_WORDS])
        return get_search_results(self, request, queryset, search_term)

    return get_search_results_of_the_first_words


def _unusable_filters_refused(get_filters):
    def get_filters_refusing_what_no_column_holds(self, request):
        # A NUL byte reaches the query as it is and PostgreSQL refuses it there, after the changelist's own checks.
        for values in self.get_filters_params().values():
            if any("\x00" in value for value in (values if isinstance(values, list) else [values])):
                raise options.IncorrectLookupParameters("NUL byte in a filter")
        # The date drill-down reads ?issued_on__year=99999999999999999999 into a date: Django answers a year past
        # 9999 (ValueError) with its "?e=1" page, but not one past the machine's integers (OverflowError).
        try:
            return get_filters(self, request)
        except OverflowError as error:
            raise options.IncorrectLookupParameters(error) from error

    return get_filters_refusing_what_no_column_holds


def _bounded_formset(get_formset):
    def get_formset_with_a_bounded_form_count(self, request, obj=None, **kwargs):
        formset = get_formset(self, request, obj, **kwargs)
        fk = getattr(formset, "fk", None)
        if request.method == "POST" and fk is not None:
            existing = formset.model._default_manager.filter(**{fk.name: obj}).count() if obj else 0
            limit = existing + INLINE_MAX_NEW_ROWS
            formset.absolute_max = min(formset.absolute_max, limit)
            formset.max_num = min(formset.max_num, limit)
        return formset

    return get_formset_with_a_bounded_form_count


def _storable(field, value):
    try:
        field.run_validators(field.to_python(value))
    except ValidationError:
        return False
    return True


def _storable_ids(check_values):
    def check_values_a_column_can_hold(self, value):
        # Django looks the ids up with `__in`, which is not guarded against numbers the column cannot hold: on
        # SQLite an id past 2⁶³ raised OverflowError (a 500) instead of "not a valid choice".
        key = self.to_field_name or "pk"
        target = self.queryset.model._meta.pk if key == "pk" else self.queryset.model._meta.get_field(key)
        for pk in value if isinstance(value, (list, tuple)) else []:
            if not _storable(target, pk):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                )
        return check_values(self, value)

    return check_values_a_column_can_hold


def install():
    ChangeList.get_filters = _unusable_filters_refused(ChangeList.get_filters)
    options.ModelAdmin.get_search_results = _bounded_search(options.ModelAdmin.get_search_results)
    options.InlineModelAdmin.get_formset = _bounded_formset(options.InlineModelAdmin.get_formset)
    model_forms.ModelMultipleChoiceField._check_values = _storable_ids(
        model_forms.ModelMultipleChoiceField._check_values
    )
