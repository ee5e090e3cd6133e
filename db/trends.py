"""Trends an analyst can compare across periods and outlets: rates per 1,000 articles loaded, which
periods each outlet covers, and a cooperation–friction balance.

Counts follow how much news there is; a rate divides by the articles loaded for the same month and
outlets (whatever their relevance), so a month with twice the articles does not read as twice the
cooperation. The balance weighs each event by what it is (a scale like GDELT's Goldstein, for these
kinds, in `WEIGHTS`) and reports ``(C − F) / (C + F)``: +1 only cooperation, −1 only friction, 0 even.
"""
from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from db.filters import Filters
from db.queries import Unit, article_filters, chart_rows, coverage

# How much one event weighs on the balance, by kind (and key or status where it matters). Cooperation is
# positive: a treaty in force weighs more than one proposed, arms and joint operations more than a phone
# call. Friction is negative: an open dispute weighs more than commercial competition. Chosen by reading
# SIGNALS.md's kinds, not fitted to data; the Overview shows the scale beside the chart.
WEIGHTS: dict[str, float] = {
    "agreement": 5, "agreement/mentioned": 1, "agreement/proposed": 2, "agreement/negotiating": 3,
    "agreement/drafted": 4, "agreement/signed": 6, "agreement/ratified": 7, "agreement/in_force": 8,
    "agreement/implementing": 8,
    "military": 7, "project": 5, "trade_figure": 4, "economic": 4,
    "meeting": 3, "meeting/summit": 4, "meeting/visit": 4, "meeting/joint_commission": 4, "meeting/phone_call": 2,
    "organisation": 2, "joint_position": 3,
    "relations": 3, "relations/other": 0,  # a denied or qualified label («لا تحالف») is no cooperation
    "friction": -3, "friction/disagreement": -5, "friction/rivalry": -4, "friction/competition": -3,
}


def weight_sql(alias: str = "s") -> str:
    """The SQL expression of one signal's weight on the balance."""
    cases = [f"WHEN {alias}.kind || '/' || coalesce({alias}.status, {alias}.key) = '{k}' THEN {w}"
             for k, w in WEIGHTS.items() if "/" in k and k.split("/")[0] == "agreement"]
    cases += [f"WHEN {alias}.kind || '/' || {alias}.key = '{k}' THEN {w}"
              for k, w in WEIGHTS.items() if "/" in k and k.split("/")[0] != "agreement"]
    cases += [f"WHEN {alias}.kind = '{k}' THEN {w}" for k, w in WEIGHTS.items() if "/" not in k]
    return "CASE " + " ".join(cases) + " ELSE 0 END"


@dataclass(frozen=True)
class Timeline:
    """What the Overview draws, read on one connection with the articles per month counted once."""
    coverage: pd.DataFrame  # queries.coverage
    by_kind: pd.DataFrame  # rates(..., "kind")
    by_topic: pd.DataFrame  # rates(..., "topic")
    balance: pd.DataFrame  # balance(...)


def timeline(con: duckdb.DuckDBPyConnection, f: Filters, unit: Unit | None = None) -> Timeline:
    """The coverage, the rates by kind and by topic, and the balance of the filters' events (or mentions)."""
    covered = coverage(con, f)
    return Timeline(covered, rates(con, f, unit, "kind", covered), rates(con, f, unit, "topic", covered),
                    balance(con, f, unit, covered))


def _articles_per_month(con: duckdb.DuckDBPyConnection, f: Filters, covered: pd.DataFrame | None) -> pd.DataFrame:
    """Articles loaded per month from the outlets and dates chosen, whatever their relevance (from
    ``covered``, the filters' `queries.coverage`, where the caller has it already)."""
    return (coverage(con, f) if covered is None else covered)[["month", "articles"]]


def rates(con: duckdb.DuckDBPyConnection, f: Filters, unit: Unit | None = None, column: str = "kind",
          covered: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per month and value of ``column`` (kind or topic): how many events (or mentions: ``unit``, else what
    the filters say), the articles loaded that month, and the rate per 1,000 of them."""
    if column not in ("kind", "topic"):
        raise ValueError(f"rates are by kind or topic, not {column!r}")
    rows, params = chart_rows(f, unit)
    counted = con.execute(f"""
        SELECT date_trunc('month', s.published) AS month, s.{column} AS {column}, count(*) AS count
        FROM {rows} AND s.published IS NOT NULL GROUP BY ALL""", params).df()
    out = counted.merge(_articles_per_month(con, f, covered), on="month", how="left")
    out["articles"] = out["articles"].fillna(0).astype(int)
    out["per_1000"] = (1000 * out["count"] / out["articles"].where(out["articles"] > 0)).round(2)
    return out.sort_values(["month", column]).reset_index(drop=True)


def balance(con: duckdb.DuckDBPyConnection, f: Filters, unit: Unit | None = None,
            covered: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per month with articles loaded: the weighted cooperation C and friction F of its events (or
    mentions), their balance ``(C − F) / (C + F)`` (empty where neither), and how many it rests on."""
    rows, params = chart_rows(f, unit)
    weighed = con.execute(f"""
        SELECT date_trunc('month', s.published) AS month, sum(greatest({weight_sql()}, 0)) AS cooperation,
               -sum(least({weight_sql()}, 0)) AS friction, count(*) AS count
        FROM {rows} AND s.published IS NOT NULL GROUP BY ALL""", params).df()
    out = _articles_per_month(con, f, covered).merge(weighed, on="month", how="left")
    out[["cooperation", "friction", "count"]] = out[["cooperation", "friction", "count"]].fillna(0)
    total = out["cooperation"] + out["friction"]
    out["balance"] = ((out["cooperation"] - out["friction"]) / total.where(total > 0)).round(3)
    return out.sort_values("month").reset_index(drop=True)


def outlet_coverage(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Per outlet: the first and last dated article loaded, how many, and in how many months, within the
    dates and outlets chosen; so the end of an outlet's archive is not read as the end of cooperation."""
    where, params = article_filters(f).where("articles")
    return con.execute(f"""
        SELECT a.source, coalesce(o.type, 'other') AS source_type, min(a.published) AS first,
               max(a.published) AS last, count(*) AS articles,
               count(DISTINCT date_trunc('month', a.published)) AS months
        FROM articles a LEFT JOIN outlets o ON o.source = a.source
        WHERE {where} AND a.published IS NOT NULL GROUP BY ALL ORDER BY first, a.source""", params).df()
