from django.urls import path

from . import views

app_name = "imports"
urlpatterns = [
    path("imports/", views.start_import, name="start"),
    path("imports/<int:pk>/", views.preview_import, name="preview"),
    path("imports/<int:pk>/columns/", views.choose_columns, name="columns"),
    path("imports/<int:pk>/commit/", views.commit_import, name="commit"),
    path("imports/<int:pk>/done/", views.show_result, name="result"),
]
