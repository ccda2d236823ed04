"""Admin autocomplete widgets that show a form back with a tampered id in it instead of failing on it."""

from django.contrib.admin import widgets
from django.core.exceptions import ValidationError


def _storable(field, value):
    try:
        field.run_validators(field.to_python(value))
    except ValidationError:
        return False
    return True


class StorableChoicesMixin:
    """Django looks the selected ids up as they were sent: `abc` or 10²⁰ raised instead of re-showing the form."""

    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        target = remote.model._meta.get_field(getattr(remote, "field_name", None) or remote.model._meta.pk.name)
        return super().optgroups(name, [item for item in value if _storable(target, item)], attr)


class AutocompleteSelect(StorableChoicesMixin, widgets.AutocompleteSelect):
    pass


class AutocompleteSelectMultiple(StorableChoicesMixin, widgets.AutocompleteSelectMultiple):
    pass
