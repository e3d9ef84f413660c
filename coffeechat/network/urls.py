from django.urls import path

from . import views

app_name = "network"
urlpatterns = [
    path("network/", views.show_tree, name="tree"),
    path("leads/", views.list_leads, name="leads"),
    path("leads/<int:pk>/", views.show_lead, name="lead"),
]
