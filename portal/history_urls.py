"""The history pages' addresses, under the `audit` namespace they have always had."""

from django.urls import path

from .history import HistoryView

app_name = "audit"

urlpatterns = [
    path("tasks/<int:pk>/history/", HistoryView.as_view(kind="task"), name="task_history"),
    path("reports/<int:pk>/history/", HistoryView.as_view(kind="report"), name="report_history"),
    path("directives/<int:pk>/history/", HistoryView.as_view(kind="directive"), name="directive_history"),
    path("agencies/<int:pk>/history/", HistoryView.as_view(kind="agency"), name="agency_history"),
]
