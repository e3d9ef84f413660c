"""Sending messages: copy, mail program, .eml download, SMTP (views and URLs)."""

urlpatterns: list = []
