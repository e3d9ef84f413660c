"""The dashboard's charts: the figures of `lib.dashboard` drawn by `lib.charts`, with
a title and a one-sentence description each (what a screen reader says of the image;
the page's tables hold every number)."""

from __future__ import annotations

from dataclasses import dataclass

from coffeechat.lib import charts
from coffeechat.lib.dashboard import CHAT_STAGES, Dashboard, days_text, percent


@dataclass(frozen=True)
class Drawings:
    funnel: charts.Svg | None
    replies: charts.Svg | None
    activity: charts.Svg
    growth: charts.Svg | None
    generations: charts.Svg | None


def _funnel(board: Dashboard) -> charts.Svg | None:
    if not board.chats:
        return None
    bars = []
    for stage in board.funnel:
        text = str(stage.count)
        if stage.rate is not None:
            text += f" ({percent(stage.rate)})"
        bars.append(charts.Bar(stage.label, stage.count, text))
    chat_stages = ", ".join(
        f"{s.label.lower()} {s.count}" for s in board.funnel if s.key in CHAT_STAGES
    )
    return charts.bar_chart(
        chart_id="funnel-chart",
        title="The funnel",
        desc=(
            f"Conversations that reached each stage: {chat_stages}; then "
            f"{board.stage('referrals').count} referrals and {board.leads} leads."
        ),
        bars=bars,
    )


def _replies(board: Dashboard) -> charts.Svg | None:
    rows = board.replies_by_source
    if not rows:
        return None
    bars = [
        charts.Bar(
            r.label,
            round((r.rate or 0) * 100),
            f"{percent(r.rate)} of {r.requested}"
            + (f" · {days_text(r.median_days)} d" if r.median_days is not None else ""),
        )
        for r in rows
    ]
    best = max(rows, key=lambda r: (r.rate or 0, r.requested))
    return charts.bar_chart(
        chart_id="replies-chart",
        title="Reply rate by how you know them",
        desc=(
            f"Share of requests answered, per source, with the median business days to "
            f"reply. Overall {percent(board.replies.rate)} of {board.replies.requested}; "
            f"highest: {best.label}, {percent(best.rate)}."
        ),
        bars=bars,
    )


def _activity(board: Dashboard) -> charts.Svg:
    activity = board.activity
    columns = [
        charts.Bar("This week" if w.current else w.short_label, w.count, highlight=w.current)
        for w in activity.weeks
    ]
    return charts.column_chart(
        chart_id="activity-chart",
        title="Requests sent per week",
        desc=(
            f"Requests sent in each of the last {len(activity.weeks)} weeks against a goal "
            f"of {activity.goal} a week: met in {activity.weeks_met} of the "
            f"{len(activity.weeks) - 1} finished weeks; {activity.this_week.count} so far "
            f"this week."
        ),
        columns=columns,
        goal=activity.goal,
    )


def _growth(board: Dashboard) -> charts.Svg | None:
    growth = board.growth
    if not growth.total:
        return None
    return charts.line_chart(
        chart_id="growth-chart",
        title="Your network, week by week",
        desc=(
            f"Contacts in coffeechat at the start of each of the last {len(growth.weeks)} "
            f"weeks, then now: {growth.before} on {growth.start_label}, {growth.total} now; "
            f"{growth.added} added since."
        ),
        points=[charts.Point(label, total) for label, total in growth.points],
    )


def _generations(board: Dashboard) -> charts.Svg | None:
    depth = board.depth
    if not depth.reached:
        return None
    return charts.bar_chart(
        chart_id="generations-chart",
        title="People per generation of introductions",
        desc=(
            f"{depth.reached} people reached through introductions over "
            f"{depth.deepest} generations; the longest chain has "
            f"{depth.longest.introductions} introductions."
        ),
        bars=[charts.Bar(g.label.split(":")[0], g.people) for g in depth.generations],
    )


def draw(board: Dashboard) -> Drawings:
    return Drawings(
        funnel=_funnel(board),
        replies=_replies(board),
        activity=_activity(board),
        growth=_growth(board),
        generations=_generations(board),
    )
