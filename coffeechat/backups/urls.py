from django.urls import path

from . import views

app_name = "backups"
urlpatterns = [
    path("data/", views.show_data, name="data"),
]
