from django.apps import AppConfig


class BackupsConfig(AppConfig):
    name = "coffeechat.backups"
    label = "backups"
    verbose_name = "Data out: export, backup and restore"
