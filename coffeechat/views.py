"""Error pages in the product's own look (404 and 400 bodies explain what happened)."""

from django.shortcuts import render


def not_found(request, exception=None):
    message = str(exception) if exception and str(exception).startswith("No ") else ""
    return render(request, "errors/404.html", {"message": message}, status=404)


def bad_request(request, exception=None):
    return render(request, "errors/400.html", status=400)


def server_error(request):
    return render(request, "errors/500.html", status=500)


def safe_next(request, default: str) -> str:
    """The `next` field of a POST if it points into this site, else `default`."""
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def confirmed(request) -> bool:
    """The user ticked "I know: send it anyway" (the box is named "confirmed" wherever it
    is): in the form sent, or in the address of a download link."""
    return (request.POST or request.GET).get("confirmed") in ("yes", "on", "1", "true")
