from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("welcome/", views.welcome, name="welcome"),
    path("login/<str:token>/", views.login_with_token, name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("profile/", views.edit_profile, name="profile"),
]
