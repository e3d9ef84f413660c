"""Owner scoping shared by every app.

Every record belongs to one user. Each object kind has its own pair of helpers
(`contacts_for(user)`, `get_contact_for(user, pk)` and so on) in its app's
`services.py`; they are the only way views and commands reach records, so a
hosted instance with many users needs no rewrite. They are built on the two
functions here.
"""

from __future__ import annotations

from django.db import models
from django.http import Http404


class NotFound(Http404):
    """No record of that kind with that id belongs to this user.

    A subclass of Http404, so a view answers 404; the CLI prints the message.
    """


class OwnedQuerySet(models.QuerySet):
    def owned_by(self, user) -> OwnedQuerySet:
        if user is None or not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(owner=user)


class Owned(models.Model):
    """Abstract base: a record that belongs to one user."""

    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE, related_name="+")
    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True


def get_owned(queryset: OwnedQuerySet, user, pk, label: str):
    """The record `pk` of `queryset` if `user` owns it, else NotFound naming `label`."""
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        raise NotFound(f"No {label} with id {pk!r}.") from None
    try:
        return queryset.owned_by(user).get(pk=pk)
    except queryset.model.DoesNotExist:
        raise NotFound(f"No {label} with id {pk}.") from None
