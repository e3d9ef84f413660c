from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "coffeechat.network"
    label = "network"
    verbose_name = "Network: job leads and the referral tree"
