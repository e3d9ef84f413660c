from django import forms

from .models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = [
            "name",
            "email",
            "timezone",
            "employer",
            "next_person_after_days",
            "follow_up_after_days",
            "no_response_after_days",
            "keep_in_touch_weeks",
            "event_follow_up_days",
            "request_word_limit",
            "linkedin_char_limit",
            "weekly_goal",
        ]
        labels = {
            "timezone": "Time zone",
            "next_person_after_days": "No reply: reach out to the next person after (business days)",
            "follow_up_after_days": "No reply: send one follow-up after (business days)",
            "no_response_after_days": "After the follow-up: mark no response after (business days)",
            "keep_in_touch_weeks": "Keep in touch with people you met every (weeks)",
            "event_follow_up_days": "Follow up people met at events after (days)",
            "request_word_limit": "A request e-mail is too long over (words)",
            "linkedin_char_limit": "A LinkedIn note is too long over (characters)",
        }
        widgets = {"timezone": forms.TextInput(attrs={"list": "zones"})}
