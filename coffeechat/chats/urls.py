"""The chat pages, in the "conversations" namespace: the board, a chat's page and its
panels (page.py), what changes it (views.py, schedule_views.py, slot_views.py,
note_views.py), the question bank and the calendar downloads."""

from django.urls import path

from coffeechat.conversations import calendar_views

from . import note_views, page, schedule_views, slot_views, views

app_name = "conversations"
urlpatterns = [
    path("pipeline/", views.show_pipeline, name="pipeline"),
    path("pipeline/<str:status>/", views.list_status, name="status"),
    path("chats/new/", views.new_conversation, name="new"),
    *page.urlpatterns,
    path("chats/<int:pk>/move/", views.move, name="move"),
    path("chats/<int:pk>/actions/", views.add_action_view, name="add_action"),
    path("chats/<int:pk>/followed-up/", views.record_follow_up, name="followed_up"),
    path("chats/<int:pk>/questions/", views.add_question_view, name="add_question"),
    path("chats/<int:pk>/questions/choose/", views.choose_question_view, name="choose_question"),
    path("chats/<int:pk>/questions/tiara/", views.add_tiara_view, name="add_tiara"),
    path("chats/<int:pk>/prep/", views.show_prep_sheet, name="prep"),
    path("chosen/<int:pk>/remove/", views.remove_chosen_view, name="remove_chosen"),
    path("questions/", views.show_questions, name="questions"),
    path("questions/check/", views.check_question, name="check_question"),
    path("questions/starters/", views.add_starters_view, name="add_starters"),
    path("questions/<int:pk>/delete/", views.delete_question_view, name="delete_question"),
    path("actions/<int:pk>/toggle/", views.toggle_action, name="toggle_action"),
]
urlpatterns += calendar_views.urlpatterns
urlpatterns += schedule_views.urlpatterns
urlpatterns += slot_views.urlpatterns
urlpatterns += note_views.urlpatterns
