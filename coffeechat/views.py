"""Error pages in the product's own look (404 and 400 bodies explain what happened)."""

from django.shortcuts import render


def not_found(request, exception=None):
    message = str(exception) if exception and str(exception).startswith("No ") else ""
    return render(request, "errors/404.html", {"message": message}, status=404)


def bad_request(request, exception=None):
    return render(request, "errors/400.html", status=400)


def server_error(request):
    return render(request, "errors/500.html", status=500)
