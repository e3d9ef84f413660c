"""Sending messages (views and URLs): send by SMTP, the .eml download, the mail program,
and the mail settings page. What a message can do and how it is sent is in sending.py.

The SMTP password is write-only: the settings page says whether one is saved, never
what it is; it is in no page, log line, error message or command output.
"""

from __future__ import annotations

import ipaddress
import re

from django import forms
from django.contrib import messages as flash
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods, require_POST

from coffeechat.accounts.services import request_profile
from coffeechat.conversations.models import Message
from coffeechat.conversations.services import get_message_for
from coffeechat.lib import mail
from coffeechat.views import confirmed, safe_next

from .models import SmtpSettings
from .sending import (
    CONFIRM_LABEL,
    NOT_SENT,
    CannotSend,
    contact_of,
    eml_for,
    get_smtp_settings_for,
    not_sent_text,
    send_by_smtp,
    send_test_message,
)
from .services import NeedsConfirmation, confirmation_reason, is_discreet

# ------------------------------------------------------------------ views: one message


def _back(request, message: Message) -> str:
    """Where to go after an action: the page it came from, at the message's actions."""
    if message.conversation_id:
        default = f"/chats/{message.conversation_id}/"
    else:
        default = f"/contacts/{message.contact_id}/"
    target = safe_next(request, default).split("#")[0]
    return f"{target}#send-{message.pk}"


def _ask_to_confirm(request, message: Message, action: str, reason: str, status: int = 409):
    """The page that says why this message needs the user's go-ahead, with the box to tick.
    409: the action was refused as asked; the page offers it again, with the box."""
    labels = {
        "send": "Send now",
        "eml": "Download .eml",
        "mailto": "Open in mail program",
    }
    return render(
        request,
        "outreach/send_confirm.html",
        {
            "message": message,
            "reason": reason,
            "action": f"/messages/{message.pk}/{action}/",
            "button": labels[action],
            "confirm_label": CONFIRM_LABEL,
            "next": request.POST.get("next", ""),
            "tried": _confirm_was_asked(request),
            # The workplace warning only when it is about discretion (not one request
            # per organisation).
            "discreet": is_discreet(message.contact, request_profile(request)),
        },
        status=status,
    )


def _confirm_was_asked(request) -> bool:
    """True when the request came from the confirmation form (its box left unticked)."""
    return "confirm-shown" in request.POST or "confirm-shown" in request.GET


@require_POST
def send_message(request, pk: int):
    message = get_message_for(request.user, pk)
    try:
        message = send_by_smtp(
            request.user, message, now=timezone.now(), confirmed=confirmed(request)
        )
    except NeedsConfirmation as exc:
        return _ask_to_confirm(request, message, "send", exc.reason)
    except NOT_SENT as exc:
        flash.error(request, not_sent_text(exc))
    else:
        contact = message.contact
        flash.success(request, f"Sent to {contact.name} <{contact.email}>.")
    return redirect(_back(request, message))


@require_http_methods(["GET", "POST"])
def download_eml(request, pk: int):
    message = get_message_for(request.user, pk)
    try:
        filename, data = eml_for(
            request.user, message, now=timezone.now(), confirmed=confirmed(request)
        )
    except NeedsConfirmation as exc:
        return _ask_to_confirm(request, message, "eml", exc.reason)
    response = HttpResponse(data, content_type="message/rfc822")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


class _MailtoRedirect(HttpResponseRedirect):
    allowed_schemes = ["mailto"]


@require_http_methods(["GET", "POST"])
def open_in_mail_program(request, pk: int):
    """The mailto: link through the server, for a contact who needs the go-ahead first."""
    message = get_message_for(request.user, pk)
    contact = contact_of(request.user, message)
    reason = confirmation_reason(
        request.user, message, now=timezone.now(), profile=request_profile(request)
    )
    if reason and not confirmed(request):
        return _ask_to_confirm(request, message, "mailto", reason)
    response = _MailtoRedirect(mail.mailto_url(contact.email, message.subject, message.body))
    response.status_code = 303
    return response


# ------------------------------------------------------------------ views: mail settings


HOST = re.compile(r"^[\w.-]+$")
PORT_ERROR = "A port is a number from 1 to 65535: usually 587 for STARTTLS, 465 for TLS."


class SmtpSettingsForm(forms.ModelForm):
    """The mail settings. The password field is never filled in: left empty, the saved
    password stays; "forget" removes it."""

    password = forms.CharField(
        required=False,
        strip=False,  # a password may start or end with a space
        max_length=255,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        error_messages={"max_length": "That password is too long (at most 255 characters)."},
    )
    forget_password = forms.BooleanField(required=False, label="Forget the saved password")

    class Meta:
        model = SmtpSettings
        fields = ["host", "port", "security", "username", "from_address"]
        labels = {
            "host": "Mail server (SMTP)",
            "username": "User name",
            "from_address": "Send from",
        }
        help_texts = {
            "host": "Such as smtp.gmail.com or smtp.office365.com; your provider's help pages name it.",
            "username": "Usually your full e-mail address.",
            "from_address": "The address your messages come from; your profile's e-mail when empty.",
        }
        error_messages = {
            "host": {"required": "Write the name of your mail server, such as smtp.example.org."},
            "port": {
                "required": PORT_ERROR,
                "invalid": PORT_ERROR,
                "min_value": PORT_ERROR,
                "max_value": PORT_ERROR,
            },
            "security": {"invalid_choice": "Choose STARTTLS, TLS or none."},
            "from_address": {"invalid": "That is not an e-mail address."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_saved_password = bool(self.instance.pk and self.instance.password)
        self.fields["password"].help_text = (
            "A password is saved. Leave this empty to keep it."
            if self.has_saved_password
            else "Your mail password, or an app password if your provider gives you one."
        )
        if not self.has_saved_password:
            del self.fields["forget_password"]

    def clean_host(self) -> str:
        host = self.cleaned_data["host"].strip()
        if "://" in host or "/" in host:
            raise forms.ValidationError(
                "Write only the server's name, such as smtp.example.org (no smtp:// and no path)."
            )
        bare = host.strip("[]")
        if ":" in bare and not _is_ip(bare):
            raise forms.ValidationError("Write the port in the Port field, not after the name.")
        if not (HOST.match(bare) or _is_ip(bare)):
            raise forms.ValidationError(
                "A server name has only letters, digits, dots and dashes, such as smtp.example.org."
            )
        return bare

    def clean(self):
        data = super().clean()
        host = data.get("host")
        if data.get("security") == SmtpSettings.PLAIN and host and not mail.is_local_host(host):
            self.add_error(
                "security",
                "Without encryption your password would cross the network readable: this is "
                "allowed only for a server on this computer (localhost). Choose STARTTLS or TLS.",
            )
        return data

    def save(self, commit: bool = True) -> SmtpSettings:
        settings = super().save(commit=False)
        if self.cleaned_data.get("forget_password"):
            settings.password = ""
        if self.cleaned_data.get("password"):
            settings.password = self.cleaned_data["password"]
        if commit:
            settings.save()
        return settings


def _is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


@sensitive_post_parameters("password")
@sensitive_variables("form", "settings")
@require_http_methods(["GET", "POST"])
def edit_mail_settings(request):
    settings = get_smtp_settings_for(request.user) or SmtpSettings(user=request.user)
    form = SmtpSettingsForm(request.POST or None, instance=settings)
    if request.method == "POST" and form.is_valid():
        form.save()
        flash.success(request, "Mail settings saved.")
        return redirect("outreach:mail_settings")
    return render(
        request,
        "outreach/smtp_settings.html",
        {
            "form": form,
            "saved": settings.pk is not None,
            "profile": request_profile(request),
        },
        status=400 if form.is_bound else 200,
    )


@require_POST
def delete_mail_settings(request):
    settings = get_smtp_settings_for(request.user)
    if settings is not None:
        settings.delete()
        flash.success(request, "Mail settings removed, with the saved password.")
    return redirect("outreach:mail_settings")


@sensitive_variables("settings")
@require_POST
def test_mail_settings(request):
    try:
        to = send_test_message(request.user, now=timezone.now())
    except CannotSend as exc:
        flash.error(request, str(exc))
    except mail.SendFailed as exc:
        flash.error(request, f"The test message was not sent: {exc}")
    else:
        flash.success(request, f"Test message sent to {to}. Look for it in your inbox.")
    return redirect("outreach:mail_settings")


urlpatterns = [
    path("messages/<int:pk>/send/", send_message, name="send_message"),
    path("messages/<int:pk>/eml/", download_eml, name="message_eml"),
    path("messages/<int:pk>/mailto/", open_in_mail_program, name="message_mailto"),
    path("settings/mail/", edit_mail_settings, name="mail_settings"),
    path("settings/mail/delete/", delete_mail_settings, name="mail_settings_delete"),
    path("settings/mail/test/", test_mail_settings, name="mail_settings_test"),
]
