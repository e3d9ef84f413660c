from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "coffeechat.dashboard"
    label = "dashboard"
    verbose_name = "Dashboard: the campaign at a glance"
