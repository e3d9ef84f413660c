from django.urls import path

from . import merge_views, target_views, views

app_name = "contacts"
urlpatterns = [
    path("contacts/", views.list_contacts, name="list"),
    path("contacts/new/", views.add_contact, name="add"),
    path("contacts/suggest/", views.suggest_contacts, name="suggest"),
    path("contacts/duplicates/", merge_views.duplicates, name="duplicates"),
    path("contacts/duplicates/not-the-same/", merge_views.not_duplicate, name="not_duplicate"),
    path("contacts/merge/", merge_views.merge, name="merge"),
    path("contacts/<int:pk>/merge/", merge_views.pick, name="merge_pick"),
    path("contacts/<int:pk>/", views.show_contact, name="detail"),
    path("contacts/<int:pk>/edit/", views.edit_contact, name="edit"),
    path("targets/", target_views.list_targets, name="targets"),
    path("targets/<int:pk>/", target_views.edit_target, name="target"),
    path("targets/pitch-timing/", target_views.pitch_timing, name="pitch_timing"),
    path("events/", views.list_events, name="events"),
    path("events/<int:pk>/", views.show_event, name="event"),
    path("events/<int:pk>/meetings/", views.add_meeting_view, name="add_meeting"),
    path("meetings/<int:pk>/followed-up/", views.mark_meeting_followed_up, name="followed_up"),
]
