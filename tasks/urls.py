from django.urls import include, path

from . import views

app_name = "tasks"

urlpatterns = [
    path("directives/", views.DirectiveListView.as_view(), name="directive_list"),
    path("directives/<int:pk>/", views.DirectiveDetailView.as_view(), name="directive_detail"),
    path("tasks/", views.TaskListView.as_view(), name="task_list"),
    path("import/", include("tasks.importing.urls")),
]
