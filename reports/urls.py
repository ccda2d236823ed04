from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("inbox/", views.InboxView.as_view(), name="inbox"),
    path("new/<int:task>/<int:period>/<int:agency>/", views.ReportCreateView.as_view(), name="report_create"),
    path("<int:pk>/", views.ReportDetailView.as_view(), name="report_detail"),
    path("<int:pk>/edit/", views.ReportEditView.as_view(), name="report_edit"),
    path("<int:pk>/delete/", views.ReportDeleteView.as_view(), name="report_delete"),
    path("attachments/<int:pk>/remove/", views.AttachmentRemoveView.as_view(), name="attachment_remove"),
    path("<int:pk>/<slug:action>/", views.ReportActionView.as_view(), name="report_action"),
    path("attachments/<int:pk>/", views.AttachmentDownloadView.as_view(), name="attachment_download"),
    path("tasks/<int:task>/extension/", views.ExtensionRequestView.as_view(), name="extension_request"),
    path("tasks/<int:task>/direction/", views.DirectionCreateView.as_view(), name="direction_create"),
    path("extensions/<int:pk>/forward/", views.ExtensionForwardView.as_view(), name="extension_forward"),
    path("extensions/<int:pk>/decide/", views.ExtensionDecisionView.as_view(), name="extension_decide"),
    path("directives/<int:pk>/reporting/", views.DirectiveReportingView.as_view(), name="directive_reporting"),
]
