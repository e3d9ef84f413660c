from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "coffeechat.imports"
    label = "imports"
    verbose_name = "Contacts in: imports from LinkedIn, phones and mail programs"
