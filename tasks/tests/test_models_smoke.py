import pytest

from tasks.tests.factories import AssignmentFactory


@pytest.mark.django_db
def test_assignment_links_task_and_agency():
    assignment = AssignmentFactory()
    assert assignment.task.assignments.get().agency == assignment.agency
    assert assignment.task.directive.number_symbol.endswith("/KH-UBND")
