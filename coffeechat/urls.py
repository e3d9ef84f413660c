from django.urls import include, path

urlpatterns = [
    path("", include("coffeechat.agenda.urls")),
    path("", include("coffeechat.accounts.urls")),
    path("", include("coffeechat.contacts.urls")),
    path("", include("coffeechat.conversations.urls")),
    path("", include("coffeechat.outreach.urls")),
    path("", include("coffeechat.network.urls")),
    path("", include("coffeechat.imports.urls")),
    path("", include("coffeechat.backups.urls")),
    path("", include("coffeechat.dashboard.urls")),
]

handler404 = "coffeechat.views.not_found"
handler400 = "coffeechat.views.bad_request"
handler500 = "coffeechat.views.server_error"
