"""Form helpers shared by the apps."""

from django import forms


class OwnedModelForm(forms.ModelForm):
    """A form for one of the user's own records: the owner comes from the session,
    never from what was posted, and is set before validation (model checks use it)."""

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        if not self.instance.pk:
            self.instance.owner = owner
