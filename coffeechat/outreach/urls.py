"""Outreach URLs: composing messages (compose.py) and sending them (sending.py)."""

from . import compose, sending

app_name = "outreach"
urlpatterns = [*compose.urlpatterns, *sending.urlpatterns]
