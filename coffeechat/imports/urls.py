from django.urls import path

from . import views

app_name = "imports"
urlpatterns = [
    path("imports/", views.start_import, name="start"),
]
