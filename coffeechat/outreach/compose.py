"""Composing messages: templates, the composer and live linting (views and URLs)."""

urlpatterns: list = []
