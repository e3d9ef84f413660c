"""Contacts in: choose the kind and upload, choose a generic CSV's columns, preview
what would change (nothing written yet), import, and see what was done."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from coffeechat.lib.importers import ImportRefused, csv_columns, guess_mapping

from . import services
from .forms import FIELD_LABELS, HOW_TO_GET, ColumnsForm, UploadForm
from .models import ImportBatch
from .samples import sample_values

# Rows listed in each section of the preview (the counts are always whole).
SHOWN = 200
EARLIER = 10


def start_import(request):
    form = UploadForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
    )
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            batch = services.start_import(
                request.user,
                form.cleaned_data["kind"],
                upload.read(),
                filename=upload.name or "",
                now=timezone.now(),
            )
        except ImportRefused as exc:
            form.add_error("file", str(exc))
        else:
            if services.needs_mapping(batch):
                return redirect("imports:columns", batch.pk)
            return redirect("imports:preview", batch.pk)
    kinds = [(key, label, HOW_TO_GET[key]) for key, label in ImportBatch.KINDS]
    earlier = services.imports_for(request.user).defer("data")[:EARLIER]
    return render(request, "imports/start.html", {"form": form, "kinds": kinds, "earlier": earlier})


def choose_columns(request, pk: int):
    batch = services.get_import_for(request.user, pk)
    if batch.committed_at is not None:
        return redirect("imports:result", batch.pk)
    if batch.kind != "csv":
        return redirect("imports:preview", batch.pk)
    data = bytes(batch.data)
    try:
        columns = csv_columns(data)
    except ImportRefused as exc:
        messages.error(request, str(exc))
        return redirect("imports:start")
    form = ColumnsForm(
        request.POST if request.method == "POST" else None,
        headers=columns.headers,
        initial_mapping=batch.mapping or guess_mapping(columns.headers),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.choose_columns(request.user, batch, form.cleaned_data["mapping"])
        except ImportRefused as exc:
            form.add_error(None, str(exc))
        except services.AlreadyImported:
            return redirect("imports:result", batch.pk)
        else:
            return redirect("imports:preview", batch.pk)
    samples = sample_values(data, columns.headers, columns.encoding)
    rows = [
        {"header": header, "field": bound, "samples": samples[i]}
        for i, (header, bound) in enumerate(form.columns())
    ]
    return render(
        request,
        "imports/columns.html",
        {"batch": batch, "form": form, "rows": rows, "columns": columns},
    )


def preview_import(request, pk: int):
    batch = services.get_import_for(request.user, pk)
    if batch.committed_at is not None:
        return redirect("imports:result", batch.pk)
    if services.needs_mapping(batch):
        return redirect("imports:columns", batch.pk)
    try:
        plan = services.preview_import(request.user, batch)
    except ImportRefused as exc:
        messages.error(request, str(exc))
        return redirect("imports:start")
    return render(request, "imports/preview.html", _preview_context(batch, plan))


def _preview_context(batch, plan) -> dict:
    problems = plan.problems
    return {
        "batch": batch,
        "plan": plan,
        "problems": problems,
        "sections": [
            {
                "key": key,
                "title": title,
                "count": len(rows),
                "rows": rows[:SHOWN],
                "more": max(0, len(rows) - SHOWN),
            }
            for key, title, rows in (
                ("new", "New contacts", plan.new),
                ("updated", "Contacts that get new details", plan.updated),
                ("duplicates", "Already there (nothing new)", plan.duplicates),
                ("skipped", "Skipped rows", plan.skipped),
            )
        ],
        "possible": plan.possible[:SHOWN],
        "possible_more": max(0, len(plan.possible) - SHOWN),
        "mapping": [
            (FIELD_LABELS.get(field, field), column) for field, column in batch.mapping.items()
        ],
    }


@require_POST
def commit_import(request, pk: int):
    batch = services.get_import_for(request.user, pk)
    if services.needs_mapping(batch) and batch.committed_at is None:
        return redirect("imports:columns", batch.pk)
    batch.import_the_rest = request.POST.get("import_the_rest") == "on"
    try:
        summary = services.commit_import(request.user, batch, now=timezone.now())
    except services.AlreadyImported as exc:
        messages.info(request, str(exc))
        return redirect("imports:result", batch.pk)
    except services.ImportBlocked as exc:
        messages.error(request, str(exc))
        return redirect("imports:preview", batch.pk)
    except ImportRefused as exc:
        messages.error(request, str(exc))
        return redirect("imports:start")
    made = summary["created"]
    messages.success(
        request,
        f"Imported: {made} new contact{'s' * (made != 1)}, {summary['updated']} updated.",
    )
    return redirect("imports:result", batch.pk)


def show_result(request, pk: int):
    batch = services.get_import_for(request.user, pk)
    if batch.committed_at is None:
        return redirect("imports:preview", batch.pk)
    return render(request, "imports/result.html", {"batch": batch, "summary": batch.summary})
