"""The little of htmx's protocol the views need (a library would be more than this)."""


def is_htmx(request) -> bool:
    """True for a request htmx made, which wants a fragment rather than a whole page."""
    return request.headers.get("HX-Request") == "true"
