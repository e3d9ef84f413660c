"""`coffeechat profile`: show your profile, or change it through the profile page's form."""

from __future__ import annotations

from . import runtime


def register(subparsers) -> None:
    """Add `profile` to the `coffeechat` parser's subcommands."""
    p = subparsers.add_parser("profile", help="show or change your profile")
    p.add_argument("--name")
    p.add_argument("--email")
    p.add_argument("--timezone", metavar="ZONE", help="e.g. Europe/London")
    p.add_argument("--employer", metavar="ORG", help="your current employer (kept discreet)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_profile)


def profile_json(profile) -> dict:
    return {
        "name": profile.name,
        "email": profile.email,
        "timezone": profile.timezone,
        "employer": profile.employer,
    }


def cmd_profile(args) -> int:
    runtime.setup()
    from coffeechat.accounts.forms import ProfileForm
    from coffeechat.accounts.services import get_profile

    profile = get_profile(runtime.user())
    changes = {
        "name": args.name,
        "email": args.email,
        "timezone": args.timezone,
        "employer": args.employer,
    }
    if any(v is not None for v in changes.values()):
        data = {f: getattr(profile, f) for f in ProfileForm.Meta.fields}
        data.update({k: v for k, v in changes.items() if v is not None})
        form = ProfileForm(data, instance=profile)
        if not form.is_valid():
            raise runtime.form_error(form, {f: f"--{f}" for f in changes})
        profile = form.save()
    if args.json:
        runtime.print_json(profile_json(profile))
    else:
        for key, value in profile_json(profile).items():
            print(f"{key:9} {value or '-'}")
    return 0
