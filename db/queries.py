"""Every query the pages and the export run. Each takes an open connection and returns a DataFrame
or plain values; callers open short-lived read-only connections through `read`."""
from __future__ import annotations

import os
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from datetime import date, timedelta
from typing import Callable, Iterator, Literal, TypeVar

import duckdb
import pandas as pd

from db import verdicts
from db.connection import connect, db_path
from db.filters import Filters, fmt_date, readable
from db.migrations import check_version, migrate
from db.texts import unpack
from db.vocabulary import STATUSES

T = TypeVar("T")

# Signals carry their article's date, outlet, relevance and story (the ETL copies them there), so the
# charts scan one table; the outlet's type comes from the small outlets catalogue.
FROM = "signals s LEFT JOIN outlets o ON o.source = s.source"


_SIGNAL_COLUMNS = """s.article_id, s.kind, s.key, s.label, s.topic, s.value, s.unit, s.status, s.actor,
       s.sentence, s.char_start AS start, s.char_end AS "end", s.mentions,
       s.published, s.source, s.signal_id, s.extractor_version, s.duplicate_of,
       coalesce(o.type, 'other') AS source_type, s.outlets, s.figure_type, s.period, s.speaker,
       s.cue_start, s.cue_end"""
_ORDER = 'published DESC NULLS LAST, article_id, start, kind, key, signal_id'  # (signal_id: two figures of one sentence)

# What a chart counts: events (the signals that report one happening, across outlets and copies; see
# db.events) or mentions (every signal); a chart query's ``unit=None`` means what the reader chose in the
# filters (``Filters.count_events``, events by default). A signal not yet grouped (an ingest is running) is
# an event alone.
Unit = Literal["events", "mentions"]
_EVENT = "coalesce(s.event_id, s.signal_id)"
_EVENT_OWN = ("kind", "key", "label", "status", "unit")  # one per event (db.events' group key)
_EVENT_VARIES = ("topic", "actor", "source")


def _unit(f: Filters, unit: Unit | None) -> Unit:
    """What a chart counts: ``unit`` if given, else what the reader chose (``Filters.count_events``: events)."""
    unit = unit or ("events" if f.count_events else "mentions")
    if unit not in ("events", "mentions"):
        raise ValueError(f"unit is 'events' or 'mentions', not {unit!r}")
    return unit


def chart_rows(f: Filters, unit: Unit | None = None) -> tuple[str, list]:
    """``FROM … WHERE …`` of the signals matching ``f`` (``s``, with ``o`` their outlet) for a chart that counts
    rows: every signal, or for events one row per event that has a matching signal, dated by its earliest
    matching signal (so ``count(*)`` counts events, and an event falls in the month it was first reported),
    with that signal's id, the event's own kind, key, label, status and unit, and the topic, actor and outlet
    of its matching signal with the smallest id. A GROUP BY, not a window: 0.04 s against 0.73 s at a
    million signals (0.12 s with every column by arg_min)."""
    where, params = f.where()
    if _unit(f, unit) == "mentions":
        return f"{FROM} WHERE {where}", params
    cols = ", ".join([f"any_value(s.{c}) AS {c}" for c in _EVENT_OWN] +
                     [f"arg_min(s.{c}, s.signal_id) AS {c}" for c in _EVENT_VARIES])
    return (f"""(SELECT {_EVENT} AS event_id, min(s.published) AS published,
                        arg_min(s.signal_id, (s.published, s.signal_id)) AS signal_id, {cols}
                 FROM {FROM} WHERE {where} GROUP BY {_EVENT}
                ) s LEFT JOIN outlets o ON o.source = s.source WHERE TRUE""", params)


def _with_outlets(sql: str) -> str:
    """Add to a query of signal rows: the article's title and the analyst's verdict."""
    return f"""
WITH rows AS ({sql})
SELECT rows.*, art.title, vd.verdict, vd.note AS verdict_note
FROM rows LEFT JOIN articles art ON art.article_id = rows.article_id
LEFT JOIN verdicts vd ON vd.signal_id = rows.signal_id
ORDER BY {_ORDER}"""


# The connection the reads of one page run share (see `shared_reads`); each script thread has its own.
_shared: ContextVar[dict | None] = ContextVar("shared_reads", default=None)


def _open(db: str | os.PathLike | None) -> duckdb.DuckDBPyConnection:
    con = connect(db, read_only=True, wait=10)
    check_version(con)
    verdicts.attach(con, db)
    return con


def read(fn: Callable[..., T], db: str | os.PathLike | None, *args, **kwargs) -> T:
    """Run ``fn(con, ...)`` on a read-only connection: the page run's shared one inside
    `shared_reads`, else one closed straight after.

    A database not yet created reads as empty rather than failing.
    """
    if not db_path(db).exists():
        with duckdb.connect(":memory:") as con:
            migrate(con)
            verdicts.attach(con, db)
            return fn(con, *args, **kwargs)
    shared = _shared.get()
    if shared is None:
        with _open(db) as con:
            return fn(con, *args, **kwargs)
    key = str(db_path(db))
    if key not in shared:
        shared[key] = _open(db)
    return fn(shared[key], *args, **kwargs)


@contextmanager
def shared_reads() -> Iterator[None]:
    """Let the reads inside share one read-only connection per database, opened at the first read and
    closed on leaving. A page runs several queries: one connection saves reopening the file for each
    and keeps the blocks the first query read for the next. The file is held only while the page runs."""
    token = _shared.set({})
    try:
        yield
    finally:
        release_shared()
        _shared.reset(token)


def release_shared() -> None:
    """Close the shared connections now (the next read opens one again): before another process writes."""
    shared = _shared.get()
    while shared:
        shared.popitem()[1].close()


_ROLLUP = "signal_rollup s LEFT JOIN outlets o ON o.source = s.source"
_REJECTED = "rejected(s.signal_id)"


def _rollup_answers(f: Filters) -> bool:
    """Whether ``signal_rollup`` holds what ``f`` filters on (it has no dates and no text)."""
    return not (f.date_from or f.date_to or f.text.strip())


def signals_sql(f: Filters, limit: int | None = 5000) -> tuple[str, list]:
    """The query of the signals matching ``f``, newest first, and its parameters."""
    where, params = f.where()
    if limit:
        where = _newest(where, limit)
    return _with_outlets(f"SELECT {_SIGNAL_COLUMNS} FROM {FROM} WHERE {where} ORDER BY {_ORDER}"), params


def _newest(where: str, limit: int, order: str = "s.published DESC NULLS LAST, s.article_id, s.char_start, "
                                                   "s.kind, s.key, s.signal_id") -> str:
    """A condition picking the first ``limit`` signals in ``order`` of those matching ``where``.

    The rows are chosen on the sort columns alone, then read whole: sorting every matching signal with
    its sentence and labels took three times as long at a million signals (44 -> 17 ms).
    """
    return f"s.rowid IN (SELECT s.rowid FROM {FROM} WHERE {where} ORDER BY {order} LIMIT {int(limit)})"


def signals_table(con: duckdb.DuckDBPyConnection, f: Filters, limit: int | None = 5000) -> pd.DataFrame:
    """Signals matching ``f``, newest first, with their article's date, outlet, story and verdict."""
    sql, params = signals_sql(f, limit)
    return con.execute(sql, params).df()


def count_signals(con: duckdb.DuckDBPyConnection, f: Filters) -> int:
    """How many signals match ``f`` (from ``signal_rollup`` where it can answer, as for `facets`)."""
    if not _rollup_answers(f):
        return _count(con, f)
    where, params = replace(f, hide_rejected=False).where()
    n = con.execute(f"SELECT coalesce(sum(s.n), 0) FROM {_ROLLUP} WHERE {where}", params).fetchone()[0]
    if f.hide_rejected:
        n -= _count(con, replace(f, hide_rejected=False), _REJECTED)
    return int(n)


def _count(con: duckdb.DuckDBPyConnection, f: Filters, also: str = "TRUE") -> int:
    where, params = f.where()
    return int(con.execute(f"SELECT count(*) FROM {FROM} WHERE {where} AND {also}", params).fetchone()[0])


def articles_table(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Articles that have a signal matching ``f`` (or, with no signal filter, all articles in range)."""
    signal_filters = f.kinds or f.topics or f.keys or f.actors or f.text.strip()
    if signal_filters:
        where, params = f.where()
        inner = f"SELECT DISTINCT s.article_id FROM {FROM} WHERE {where}"
        cond, cond_params = f"a.article_id IN ({inner})", params
    else:
        art = Filters(date_from=f.date_from, date_to=f.date_to, sources=f.sources, source_types=f.source_types,
                      relevant_only=f.relevant_only, originals_only=f.originals_only, hide_rejected=False)
        where, cond_params = art.where("articles")
        cond = where
    sql = f"""
        SELECT a.article_id, a.published, a.source, a.url, a.title,
               (SELECT count(*) FROM signals x WHERE x.article_id = a.article_id) AS signals,
               a.relevant, a.relevance_reason, a.date_method, a.duplicate_of, coalesce(o.type, 'other') AS source_type
        FROM articles a LEFT JOIN outlets o ON o.source = a.source
        WHERE {cond}
        ORDER BY a.published DESC NULLS LAST, a.article_id"""
    return con.execute(sql, cond_params).df()


def _period(con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[date | None, date | None]:
    lo, hi = date_bounds(con)
    return f.date_from or lo, f.date_to or hi


def headline(con: duckdb.DuckDBPyConnection, f: Filters, unit: Unit | None = None) -> dict[str, dict[str, int | None]]:
    """Headline counts (of events, or of signals with ``unit="mentions"``) for the filtered period and for
    the period of equal length before it."""
    start, end = _period(con, f)
    out: dict[str, dict[str, int | None]] = {}
    periods = {"now": f}
    if start and end and f.date_from:
        span = (end - start).days + 1
        periods["before"] = Filters(**{**f.__dict__, "date_from": start - timedelta(days=span),
                                       "date_to": start - timedelta(days=1)})
    for name, flt in periods.items():
        where, params = flt.where()
        counts = """count(*), count(*) FILTER (WHERE s.kind <> 'friction'), count(*) FILTER (WHERE s.kind = 'friction'),
                    count(*) FILTER (WHERE s.kind = 'agreement'), count(*) FILTER (WHERE s.kind = 'trade_figure')"""
        row = con.execute(f"""SELECT count(DISTINCT s.article_id), count(DISTINCT s.source), {counts}
                              FROM {FROM} WHERE {where}""", params).fetchone()
        if _unit(flt, unit) == "events":  # the same counts of events; articles and outlets stay those of the signals
            scope, scope_params = chart_rows(flt, unit)
            row = row[:2] + con.execute(f"SELECT {counts} FROM {scope}", scope_params).fetchone()
        out[name] = dict(zip(["articles", "sources", "signals", "cooperation", "friction", "agreements",
                              "trade_figures"], map(int, row)))
    out["total_articles"] = {"n": int(con.execute("SELECT count(*) FROM articles").fetchone()[0])}
    if "before" in periods:
        # Whether the previous period has any data: articles loaded then (any relevance), from the outlets chosen.
        b = periods["before"]
        out["before"]["loaded"] = _loaded(con, b)
        out["now"]["loaded"] = _loaded(con, f)
        out["period"] = {"before_from": b.date_from, "before_to": b.date_to}
    return out


def article_filters(f: Filters) -> Filters:
    """The filters that say which articles were loaded for a period: dates, outlets and whether the samples
    count (not relevance)."""
    return Filters(date_from=f.date_from, date_to=f.date_to, sources=f.sources, source_types=f.source_types,
                   relevant_only=False, originals_only=False, hide_rejected=False, include_samples=f.include_samples)


def _loaded(con: duckdb.DuckDBPyConnection, f: Filters) -> int:
    where, params = article_filters(f).where("articles")
    return int(con.execute(f"""SELECT count(*) FROM articles a LEFT JOIN outlets o ON o.source = a.source
                               WHERE {where} AND a.published IS NOT NULL""", params).fetchone()[0])


def coverage(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Articles loaded per month (any relevance) from the outlets and dates chosen: where the corpus has
    data at all. A month with articles but no signal is a zero; a month with no article is no data."""
    where, params = article_filters(f).where("articles")
    return con.execute(f"""
        SELECT date_trunc('month', a.published) AS month, count(*) AS articles, min(a.published) AS first,
               max(a.published) AS last
        FROM articles a LEFT JOIN outlets o ON o.source = a.source
        WHERE {where} AND a.published IS NOT NULL GROUP BY ALL ORDER BY month""", params).df()


_GROUPABLE = {"kind": "s.kind", "topic": "s.topic", "key": "s.key", "actor": "coalesce(s.actor, '')",
              "status": "s.status", "unit": "s.unit", "source": "s.source",
              "source_type": "coalesce(o.type, 'other')", "label": "s.label"}


def _column(column: str) -> str:
    if column not in _GROUPABLE:
        raise ValueError(f"not a groupable column: {column}")
    return _GROUPABLE[column]


FACET_FIELDS = {"kinds": "kind", "topics": "topic", "keys": "key", "sources": "source",
                "source_types": "source_type", "actors": "actor"}


def facets(con: duckdb.DuckDBPyConnection, f: Filters) -> dict[str, dict[str, int]]:
    """For each filter, the count of signals per value under all the other filters (as Datasette does).

    Without dates or text to filter on, the counts come from ``signal_rollup`` (see db.rollup), less the
    signals marked wrong; otherwise from the signals themselves.
    """
    if not _rollup_answers(f):
        return _facets(con, f, FROM, "count(*)")
    counts = _facets(con, replace(f, hide_rejected=False), _ROLLUP, "sum(s.n)")
    if f.hide_rejected:
        wrong = _facets(con, replace(f, hide_rejected=False), FROM, "count(*)", _REJECTED)
        counts = {field: dict(Counter(values) - Counter(wrong[field])) for field, values in counts.items()}
    return counts


def _facets(con: duckdb.DuckDBPyConnection, f: Filters, source: str, measure: str,
            also: str = "TRUE") -> dict[str, dict[str, int]]:
    """Facet counts of ``measure`` over ``source``: facets whose own filter is not set share one scan
    (GROUPING SETS); each set one costs a query of its own."""
    out: dict[str, dict[str, int]] = {}
    untouched = [field for field in FACET_FIELDS if f.without(field) == f]
    passes = [(untouched, f)] if untouched else []
    passes += [([field], f.without(field)) for field in FACET_FIELDS if field not in untouched]
    for fields, g in passes:
        where, params = g.where()
        cols = ", ".join(f"{_column(FACET_FIELDS[x])} AS {FACET_FIELDS[x]}" for x in fields)
        sets = ", ".join(f"({_column(FACET_FIELDS[x])})" for x in fields)
        rows = con.execute(f"""SELECT {cols}, {measure}::BIGINT AS signals FROM {source}
                               WHERE {where} AND {also} GROUP BY GROUPING SETS ({sets})""", params).fetchall()
        for i, x in enumerate(fields):
            out[x] = {str(r[i]): int(r[-1]) for r in rows if r[i] is not None and r[-1]}
    return out


def filter_options(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """The values each filter can take, from the data (the signal rollup, and one scan of articles)."""
    cols = ("kind", "topic", "key", "actor")
    rows = con.execute(f"""SELECT {", ".join(cols)} FROM signal_rollup
                           GROUP BY GROUPING SETS ({", ".join(f"({c})" for c in cols)}) HAVING sum(n) > 0""").fetchall()
    out = {c: sorted({r[i] for r in rows if r[i] is not None}) for i, c in enumerate(cols)}
    rows = con.execute("""SELECT DISTINCT a.source, coalesce(o.type, 'other')
                          FROM articles a LEFT JOIN outlets o USING (source)""").fetchall()
    out["source"] = sorted({r[0] for r in rows if r[0] is not None})
    out["source_type"] = sorted({r[1] for r in rows})
    return out


def date_bounds(con: duckdb.DuckDBPyConnection) -> tuple[date | None, date | None]:
    """The earliest and latest publication dates."""
    lo, hi = con.execute("SELECT min(published), max(published) FROM articles").fetchone()
    return lo, hi


# An agreement by its name: the catalogue's English label («Comprehensive strategic partnership treaty»), or
# for `other` the name the text gives it.
_AGREEMENT = "s.label"


def agreement_steps(con: duckdb.DuckDBPyConnection, f: Filters, unit: Unit | None = None) -> pd.DataFrame:
    """Per agreement and status: when it was first and last reported, how often (events, or reports with
    ``unit="mentions"``), and the first report."""
    scope, params = chart_rows(Filters(**{**f.__dict__, "kinds": ("agreement",)}), unit)
    df = con.execute(f"""
        SELECT {_AGREEMENT} AS agreement, s.status, min(s.published) AS first_reported,
               max(s.published) AS last_reported, count(*) AS reports,
               arg_min(s.signal_id, coalesce(s.published, DATE '9999-12-31')) AS first_signal
        FROM {scope} GROUP BY ALL ORDER BY first_reported NULLS LAST""", params).df()
    df["step"] = df["status"].map({s: i for i, s in enumerate(STATUSES)})
    return df


def agreement_status(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """One row per agreement (of `agreement_steps`), most reported first: the first date each status was
    reported (a column per status, in the order of `STATUSES`, in words), the furthest step reached, the
    history read in the order of the steps («signed 2024-01-17 → ratified 2025-04-21»), and the reports."""
    rows = []
    for name, g in agreement_steps(con, f).groupby("agreement", sort=False):
        row: dict[str, object] = {"agreement": name}
        history = []
        for status in STATUSES:
            hit = g[g["status"] == status]
            day = fmt_date(hit["first_reported"].min()) if not hit.empty else ""
            row[readable(status)] = day
            if day and status != STATUSES[0]:
                history.append(f"{readable(status)} {day}")
        reached = g[g["status"].isin(STATUSES[1:])]
        row["furthest step"] = readable(STATUSES[int(reached["step"].max())]) if not reached.empty else STATUSES[0]
        row["history"] = " → ".join(history)
        row["reports"] = int(g["reports"].sum())
        rows.append(row)
    columns = ["agreement", *map(readable, STATUSES), "furthest step", "history", "reports"]
    return pd.DataFrame(rows, columns=columns).sort_values("reports", ascending=False, kind="stable")


def agreement_timeline(con: duckdb.DuckDBPyConnection, f: Filters, unit: Unit | None = None) -> pd.DataFrame:
    """Agreement events (or reports) per month, agreement and status (one point each, however many)."""
    scope, params = chart_rows(Filters(**{**f.__dict__, "kinds": ("agreement",)}), unit)
    return con.execute(f"""
        SELECT date_trunc('month', s.published) AS month, {_AGREEMENT} AS agreement, s.status, count(*) AS reports,
               arg_min(s.signal_id, s.published) AS signal_id
        FROM {scope} AND s.published IS NOT NULL GROUP BY ALL ORDER BY month""", params).df()


def agreements(con: duckdb.DuckDBPyConnection, f: Filters, limit: int | None = 2000,
               agreement: str | None = None) -> pd.DataFrame:
    """Agreement reports (of one ``agreement`` if given), newest first, with their evidence: the
    agreement is chosen before the newest ``limit`` are taken, so an older agreement keeps its reports."""
    where, params = Filters(**{**f.__dict__, "kinds": ("agreement",)}).where()
    if agreement is not None:
        where += f" AND {_AGREEMENT} = ?"
        params = [*params, agreement]
    return con.execute(f"""
        SELECT {_AGREEMENT} AS agreement, s.key, s.label, s.status, s.published, s.source, s.actor, s.sentence,
               s.article_id, s.signal_id
        FROM {FROM} WHERE {where} ORDER BY s.published DESC NULLS LAST, s.article_id, s.signal_id
        {f"LIMIT {int(limit)}" if limit else ""}""", params).df()


def signal(con: duckdb.DuckDBPyConnection, signal_id: str) -> dict | None:
    """One signal with its article's date, outlet and title, and the analyst's verdict."""
    df = con.execute(_with_outlets(f"SELECT {_SIGNAL_COLUMNS} FROM {FROM} WHERE s.signal_id = ?"), [signal_id]).df()
    return None if df.empty else df.iloc[0].to_dict()


def trade_figures(con: duckdb.DuckDBPyConnection, f: Filters, limit: int | None = 5000) -> pd.DataFrame:
    """Trade figures claimed (the newest ``limit``), with who claimed them, where and when."""
    where, params = Filters(**{**f.__dict__, "kinds": ("trade_figure",)}).where()
    if limit:
        where = _newest(where, limit, "s.published DESC NULLS LAST, s.signal_id")
    return con.execute(f"""
        SELECT s.published, s.key, s.label, s.value, s.unit, coalesce(s.figure_type, 'actual') AS figure_type,
               coalesce(s.period, '') AS period, coalesce(s.speaker, '') AS speaker, coalesce(s.actor, '') AS actor,
               s.source, coalesce(o.type, 'other') AS source_type, s.sentence, s.article_id, s.signal_id
        FROM {FROM} WHERE {where}
        ORDER BY s.published DESC NULLS LAST, s.signal_id""", params).df()


def named_things_by_month(con: duckdb.DuckDBPyConnection, f: Filters, unit: Unit | None = None) -> pd.DataFrame:
    """Events (or with ``unit="mentions"`` signals) per month of each organisation and project, in the
    column ``mentions``."""
    kinds = tuple(k for k in (f.kinds or ("organisation", "project")) if k in ("organisation", "project"))
    scope, params = chart_rows(Filters(**{**f.__dict__, "kinds": kinds or ("organisation", "project")}), unit)
    return con.execute(f"""
        SELECT date_trunc('month', s.published) AS month, s.kind, s.key, s.label, count(*) AS mentions
        FROM {scope} AND s.published IS NOT NULL
        GROUP BY ALL ORDER BY month, s.kind, s.label""", params).df()


def named_things_by_topic(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """For each organisation and project, the topics of the other signals in the same articles."""
    where, params = Filters(**{**f.__dict__, "kinds": ("organisation", "project")}).where()
    return con.execute(f"""
        WITH named AS (SELECT DISTINCT s.article_id, s.label FROM {FROM} WHERE {where})
        SELECT n.label, x.topic, count(*) AS signals
        FROM named n JOIN signals x ON x.article_id = n.article_id
        WHERE x.kind NOT IN ('organisation', 'project')
        GROUP BY ALL ORDER BY n.label, x.topic""", params).df()


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict | None:
    """One article's stored row (with its outlet type), or None."""
    df = con.execute("""SELECT a.*, coalesce(o.type, 'other') AS source_type FROM articles a
                        LEFT JOIN outlets o ON o.source = a.source WHERE article_id = ?""", [article_id]).df()
    if df.empty:
        return None
    row = df.iloc[0].to_dict()
    row["text"] = unpack(row.pop("text_z"))
    return row


def article_signals(con: duckdb.DuckDBPyConnection, article_id: str) -> pd.DataFrame:
    """An article's signals in reading order."""
    sql = f"SELECT {_SIGNAL_COLUMNS} FROM {FROM} WHERE s.article_id = ?"
    return con.execute(_with_outlets(sql), [article_id]).df().sort_values(["start", "kind", "key"], ignore_index=True)


def article_mentions(con: duckdb.DuckDBPyConnection, article_id: str) -> pd.DataFrame:
    """Every evidence span in an article, with the signal it supports."""
    return con.execute("""
        SELECT m.char_start, m.char_end, s.kind, s.key, s.label, s.signal_id
        FROM signal_mentions m JOIN signals s ON s.signal_id = m.signal_id AND s.article_id = m.article_id
        WHERE m.article_id = ? ORDER BY m.char_start""", [article_id]).df()  # both sides by article: 21 -> 5 ms at 1M


def find_articles(con: duckdb.DuckDBPyConnection, f: Filters, search: str = "", limit: int = 200) -> pd.DataFrame:
    """Articles to pick from (newest first), optionally those whose id, title or outlet contain ``search``."""
    where, params = replace(article_filters(f), relevant_only=f.relevant_only).where("articles")
    if search.strip():
        where += " AND (contains(fold(a.title), fold(?)) OR contains(a.article_id, ?) OR contains(fold(a.source), fold(?)))"
        params += [search.strip()] * 3
    return con.execute(f"""
        SELECT a.article_id, a.published, a.source, a.title FROM articles a
        LEFT JOIN outlets o ON o.source = a.source
        WHERE {where} ORDER BY a.published DESC NULLS LAST, a.article_id LIMIT {int(limit)}""", params).df()


def articles_from(con: duckdb.DuckDBPyConnection, origin_prefix: str, limit: int = 500) -> pd.DataFrame:
    """The articles read from files under ``origin_prefix`` (an upload's folder), with their signal counts."""
    return con.execute(f"""
        SELECT a.article_id, a.published, a.source, a.title, a.relevant,
               (SELECT count(*) FROM signals s WHERE s.article_id = a.article_id) AS signals
        FROM articles a WHERE starts_with(a.origin, ?) ORDER BY a.origin LIMIT {int(limit)}""",
                       [origin_prefix]).df()


def article_copies(con: duckdb.DuckDBPyConnection, article_id: str) -> pd.DataFrame:
    """The other articles of the same story: its original and every copy of that original."""
    return con.execute("""
        WITH me AS (SELECT coalesce(duplicate_of, article_id) AS root FROM articles WHERE article_id = ?)
        SELECT a.article_id, a.published, a.source, a.title, a.duplicate_of IS NULL AS original
        FROM articles a, me WHERE (a.article_id = me.root OR a.duplicate_of = me.root) AND a.article_id <> ?
        ORDER BY a.published NULLS LAST, a.article_id""", [article_id, article_id]).df()


def articles_by_outlet(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Articles per month and outlet (with the outlet's type)."""
    where, params = replace(article_filters(f), relevant_only=f.relevant_only).where("articles")
    return con.execute(f"""
        SELECT date_trunc('month', a.published) AS month, coalesce(a.source, '(unknown)') AS source,
               coalesce(o.type, 'other') AS source_type, count(*) AS articles
        FROM articles a LEFT JOIN outlets o ON o.source = a.source
        WHERE {where} AND a.published IS NOT NULL GROUP BY ALL ORDER BY ALL""", params).df()


def data_quality(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    """Counts an analyst checks before trusting a chart."""
    row = con.execute("""
        SELECT count(*), count(*) FILTER (WHERE published IS NULL), count(*) FILTER (WHERE relevant),
               count(*) FILTER (WHERE duplicate_of IS NOT NULL), count(*) FILTER (WHERE source LIKE '%(sample)')
        FROM articles""").fetchone()
    last = con.execute("SELECT max(coalesce(finished_at, started_at)) FROM ingest_runs").fetchone()[0]
    return {"articles": row[0], "undated": row[1], "relevant": row[2], "copies": row[3], "samples": row[4],
            "errors": con.execute("SELECT count(*) FROM ingest_errors").fetchone()[0], "last_update": last}


def undated_articles(con: duckdb.DuckDBPyConnection, limit: int = 500) -> pd.DataFrame:
    """Articles with no publication date, and how the reader tried to find one."""
    return con.execute(f"""SELECT article_id, source, title, date_method, origin FROM articles
                           WHERE published IS NULL ORDER BY article_id LIMIT {int(limit)}""").df()


def last_runs(con: duckdb.DuckDBPyConnection, n: int = 20) -> pd.DataFrame:
    """The latest ingest runs."""
    return con.execute("SELECT * FROM ingest_runs ORDER BY run_id DESC LIMIT ?", [n]).df()


def ingest_errors(con: duckdb.DuckDBPyConnection, n: int = 500) -> pd.DataFrame:
    """The latest ingest errors."""
    return con.execute("SELECT occurred_at, path, reason, run_id FROM ingest_errors ORDER BY occurred_at DESC LIMIT ?",
                       [n]).df()


def sample_articles(con: duckdb.DuckDBPyConnection, f: Filters | None = None) -> dict[str, int]:
    """How many of the articles are the project's own samples (marked '(sample)' in their source), how many
    were loaded from elsewhere than the default input (a folder named ``seeds``, whose one real article is
    shown beside the samples it came with), and how many samples the filters ``f`` let through."""
    samples, real = con.execute("""
        SELECT count(*) FILTER (WHERE source LIKE '%(sample)'),
               count(*) FILTER (WHERE (source IS NULL OR source NOT LIKE '%(sample)')
                                AND NOT (origin LIKE 'seeds/%' OR origin LIKE '%/seeds/%'))
        FROM articles""").fetchone()
    shown = samples
    if f is not None and samples:
        # What an article can be filtered on: its dates, outlet and relevance (kinds and text are the signals').
        where, params = replace(article_filters(f), relevant_only=f.relevant_only,
                                originals_only=f.originals_only).where("articles")
        shown = con.execute(f"""SELECT count(*) FROM articles a LEFT JOIN outlets o ON o.source = a.source
                                WHERE {where} AND a.source LIKE '%(sample)'""", params).fetchone()[0]
    return {"samples": int(samples), "real": int(real), "shown": int(shown)}
