"""Fixtures the tasks app's tests share."""

import pytest
from django.utils import translation


@pytest.fixture
def english():
    """The test reads the portal in English (the msgids), whatever the default language; a module asks for it with
    `pytestmark = pytest.mark.usefixtures("english")`."""
    with translation.override("en"):
        yield
