from django.urls import path

from . import views

app_name = "reorganization"

urlpatterns = [
    path("", views.ReorganizationListView.as_view(), name="list"),
    path("new/", views.ReorganizationCreateView.as_view(), name="create"),
    path("<int:pk>/", views.ReorganizationDetailView.as_view(), name="detail"),
    path("<int:pk>/confirm/", views.ReorganizationConfirmView.as_view(), name="confirm"),
    path("<int:pk>/undo/", views.ReorganizationUndoView.as_view(), name="undo"),
]
