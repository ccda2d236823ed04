"""Submit an admin change form as a person would: everything it shows, as it shows it, with a few fields changed."""

from django.forms import CheckboxInput, MultiWidget

from agencies.tests.admin_pages import admin_url


def _put(data, name, widget, value):
    inner = getattr(widget, "widget", widget)  # the admin's related-object wrapper
    if isinstance(inner, MultiWidget):
        values = value if isinstance(value, (list, tuple)) else inner.decompress(value)
        for suffix, sub, part in zip(inner.widgets_names, inner.widgets, values, strict=True):
            _put(data, name + suffix, sub, part)
    elif isinstance(inner, CheckboxInput):
        if value:
            data[name] = "on"
    elif isinstance(value, (list, tuple)):
        data[name] = [str(v) for v in value]
    elif value is not None:
        data[name] = inner.format_value(value) or ""


def change_form_data(response):
    """The POST data of the change form in `response`, its inlines included, unchanged."""
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms.append(inline.formset.management_form)
        forms.extend(inline.formset.forms)
    data = {"_save": "Save"}
    for form in forms:
        for bound in form:
            if not bound.field.disabled:
                _put(data, bound.html_name, bound.field.widget, bound.value())
    return data


def change_in_admin(client, obj, **changes):
    """Open `obj`'s admin page, change these fields (values as a person types them) and save; the response."""
    url = admin_url(type(obj), "change", obj.pk)
    data = change_form_data(client.get(url))
    data.update(changes)
    return client.post(url, data)
