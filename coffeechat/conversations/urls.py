from django.urls import path

from . import views

app_name = "conversations"
urlpatterns = [
    path("pipeline/", views.show_pipeline, name="pipeline"),
    path("pipeline/<str:status>/", views.list_status, name="status"),
    path("chats/new/", views.new_conversation, name="new"),
    path("chats/<int:pk>/", views.show_conversation, name="detail"),
    path("chats/<int:pk>/move/", views.move, name="move"),
    path("chats/<int:pk>/notes/", views.add_note_view, name="add_note"),
    path("chats/<int:pk>/actions/", views.add_action_view, name="add_action"),
    path("chats/<int:pk>/messages/", views.add_message_view, name="add_message"),
    path("chats/<int:pk>/followed-up/", views.record_follow_up, name="followed_up"),
    path("chats/<int:pk>/questions/", views.add_question_view, name="add_question"),
    path("chats/<int:pk>/questions/choose/", views.choose_question_view, name="choose_question"),
    path("actions/<int:pk>/toggle/", views.toggle_action, name="toggle_action"),
    path("messages/<int:pk>/sent/", views.mark_sent, name="mark_sent"),
]
