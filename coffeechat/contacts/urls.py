"""The contacts app's own pages: adding and editing people, events and meetings. The
"contacts" namespace also holds the people pages (network/contact_views.py), the LAMP
targets (network/target_views.py) and duplicates (imports/merge_views.py): coffeechat/urls.py
puts them together."""

from django.urls import path

from . import views

urlpatterns = [
    path("contacts/new/", views.add_contact, name="add"),
    path("contacts/suggest/", views.suggest_contacts, name="suggest"),
    path("contacts/<int:pk>/edit/", views.edit_contact, name="edit"),
    path("events/", views.list_events, name="events"),
    path("events/<int:pk>/", views.show_event, name="event"),
    path("events/<int:pk>/meetings/", views.add_meeting_view, name="add_meeting"),
    path("meetings/<int:pk>/followed-up/", views.mark_meeting_followed_up, name="followed_up"),
]
