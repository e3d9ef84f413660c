from django.shortcuts import render


def start_import(request):
    return render(request, "imports/start.html", {})
