"""Import pages, mounted under /import/ in the tasks namespace."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.UploadView.as_view(), name="import_upload"),
    path("paste/", views.PasteView.as_view(), name="import_paste"),
    path("template.xlsx", views.TemplateDownloadView.as_view(), name="import_template"),
    path("<int:pk>/", views.JobView.as_view(), name="import_job"),
    path("<int:pk>/directive/", views.DirectiveDetailsView.as_view(), name="import_directive"),
    path("<int:pk>/agency/", views.ResolveAgencyView.as_view(), name="import_agency"),
    path("<int:pk>/task/", views.EditTaskView.as_view(), name="import_task"),
    path("<int:pk>/confirm/", views.ConfirmView.as_view(), name="import_confirm"),
    path("aliases/", views.AliasListView.as_view(), name="import_aliases"),
    path("aliases/<int:pk>/delete/", views.AliasDeleteView.as_view(), name="import_alias_delete"),
]
