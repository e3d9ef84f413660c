from django.urls import path

from . import views

app_name = "backups"
urlpatterns = [
    path("data/", views.show_data, name="data"),
    path("data/export/<str:kind>/", views.download, name="download"),
    path("data/backup/", views.backup_now, name="backup_now"),
]
