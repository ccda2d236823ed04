"""URLs of the in-app notification list and the reminder preferences."""

from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("", views.NotificationListView.as_view(), name="list"),
    path("preferences/", views.PreferenceUpdateView.as_view(), name="preferences"),
]
