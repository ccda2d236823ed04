"""Root URLs: authentication, language switch, health check, admin and the apps.

The portal sits on top of the apps, so it joins pages whose app is above the one whose address they carry: one task's
page (reports/task_page.py) among the task pages, as `tasks:task_detail`."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from reports import views as reports_views
from reports.task_page import TaskDetailView
from tasks import urls as tasks_urls

from . import views

task_pages = [
    *tasks_urls.urlpatterns,
    path("tasks/<int:pk>/", TaskDetailView.as_view(), name="task_detail"),
]

urlpatterns = [
    path("", reports_views.home, name="home"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            redirect_authenticated_user=True, extra_context={"failure_limit": settings.AXES_FAILURE_LIMIT}
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz", views.healthz, name="healthz"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("portal.history_urls")),
    path("agencies/", include("tasks.agency_urls")),
    path("reports/", include("reports.urls")),
    path("dashboard/", include("reports.dashboard.urls")),
    path("notifications/", include("notifications.urls")),
    path("reorganizations/", include("reorganization.urls")),
    path("", include((task_pages, tasks_urls.app_name))),
]
