"""requirements.txt alone must give a working deployment: what the Redis transport imports is pinned there."""

from importlib.metadata import requires
from pathlib import Path

from packaging.requirements import Requirement

REQUIREMENTS = Path(__file__).resolve().parents[2] / "requirements.txt"


def pinned_requirements():
    """{name: version} of every `name==version` line (extras dropped)."""
    pins = {}
    for line in REQUIREMENTS.read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            requirement = Requirement(line)
            (specifier,) = requirement.specifier
            assert specifier.operator == "==", f"{line} is not pinned"
            pins[requirement.name.lower()] = specifier.version
    return pins


def test_every_package_of_kombus_redis_extra_is_pinned_in_requirements_txt():
    # The dev requirements pull `packaging` in, so the suite itself cannot notice when requirements.txt lacks it.
    pins = pinned_requirements()
    extra = [Requirement(text) for text in requires("kombu")]
    needed = [requirement for requirement in extra if requirement.marker and "redis" in str(requirement.marker)]

    assert needed
    for requirement in needed:
        assert requirement.name.lower() in pins, f"{requirement.name} (kombu[redis]) is missing from requirements.txt"
        assert requirement.specifier.contains(pins[requirement.name.lower()]), f"{requirement} vs {pins}"
