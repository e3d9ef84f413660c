"""Your data: download a full backup (JSON) or the contacts (CSV, vCard), make a copy of
the local database, and see the automatic copies kept."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages as flash
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from . import services

# kind -> (content type, file name stem, extension)
DOWNLOADS = {
    "json": ("application/json; charset=utf-8", "coffeechat-backup", "json"),
    "csv": ("text/csv; charset=utf-8", "coffeechat-contacts", "csv"),
    "vcard": ("text/vcard; charset=utf-8", "coffeechat-contacts", "vcf"),
}


@require_safe
def show_data(request):
    local = services.is_sqlite()
    return render(
        request,
        "backups/data.html",
        {
            "local": local,
            "data_dir": settings.DATA_DIR,
            "backups_dir": services.backups_dir(settings.DATA_DIR),
            "backups": services.backups_kept(settings.DATA_DIR) if local else [],
            "keep": 7,
        },
    )


@require_safe
def download(request, kind: str):
    if kind not in DOWNLOADS:
        raise Http404("No such export.")
    content_type, stem, extension = DOWNLOADS[kind]
    if kind == "json":
        body = services.backup_text(services.export_json(request.user))
    elif kind == "csv":
        # The byte-order mark tells spreadsheet programs the file is UTF-8.
        body = "\ufeff" + services.export_csv(request.user)
    else:
        body = services.export_vcard(request.user)
    response = HttpResponse(body.encode("utf-8"), content_type=content_type)
    day = timezone.localdate()
    response["Content-Disposition"] = f'attachment; filename="{stem}-{day:%Y-%m-%d}.{extension}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
def backup_now(request):
    target = services.manual_backup_path(settings.DATA_DIR, timezone.localtime())
    try:
        path = services.backup_sqlite(target)
    except services.BackupRefused as exc:
        flash.error(request, str(exc))
    except OSError as exc:
        flash.error(request, f"No backup was made: cannot write {target}: {exc.strerror or exc}")
    else:
        flash.success(request, f"Backup made: {path}")
    return redirect("backups:data")
