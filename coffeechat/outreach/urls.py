"""The outreach app's own pages: message templates (template_views.py), sending a message
and the mail settings (sending_views.py). The "outreach" namespace also holds the
composer on a chat's page (chats/compose_views.py): coffeechat/urls.py puts them together."""

from . import sending_views, template_views

urlpatterns = [*template_views.urlpatterns, *sending_views.urlpatterns]
