"""Every URL. Most namespaces are one app's urls.py; "contacts" and "outreach" also hold
pages that read data from higher layers (the people pages read chats, the composer sits
on a chat's page), so they are put together here, the one module that may import them all."""

from django.urls import include, path

from coffeechat.chats import compose_views
from coffeechat.contacts import urls as contacts_urls
from coffeechat.imports import merge_views
from coffeechat.network import contact_views, target_views
from coffeechat.outreach import urls as outreach_urls

contacts = (
    [
        *contact_views.urlpatterns,
        *contacts_urls.urlpatterns,
        *merge_views.urlpatterns,
        *target_views.urlpatterns,
    ],
    "contacts",
)
outreach = ([*compose_views.urlpatterns, *outreach_urls.urlpatterns], "outreach")

urlpatterns = [
    path("", include("coffeechat.agenda.urls")),
    path("", include("coffeechat.accounts.urls")),
    path("", include(contacts)),
    path("", include("coffeechat.chats.urls")),
    path("", include(outreach)),
    path("", include("coffeechat.network.urls")),
    path("", include("coffeechat.imports.urls")),
    path("", include("coffeechat.backups.urls")),
    path("", include("coffeechat.dashboard.urls")),
]

handler404 = "coffeechat.views.not_found"
handler400 = "coffeechat.views.bad_request"
handler500 = "coffeechat.views.server_error"
