from django.urls import path

from . import views

app_name = "agenda"
urlpatterns = [
    path("", views.today, name="today"),
    path("agenda/decide/", views.decide_item, name="decide"),
    path("agenda/told/<int:pk>/", views.told, name="told"),
]
