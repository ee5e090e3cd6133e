"""The signal vocabulary of ../shared/SIGNALS.md, in one place: kinds, statuses (in order), units, topics,
and the readable words the pages show for them. The ETL, the queries, the exports and the pages read it."""
from __future__ import annotations

KINDS = ["organisation", "project", "agreement", "trade_figure", "meeting", "joint_position", "military",
         "economic", "relations", "friction"]
# An agreement's steps, in the order they happen ("mentioned" says nothing of a step).
STATUSES = ["mentioned", "proposed", "negotiating", "drafted", "signed", "ratified", "in_force", "implementing"]
UNITS = {"percent": "percent", "usd": "US dollars", "eur": "euros", "rub": "roubles", "irr": "rials",
         "tonnes": "tonnes"}
TOPICS = ["trade", "energy", "transport", "finance", "defense", "nuclear", "diplomacy", "regional", "culture",
          "science_tech"]
ACTORS = ["iran", "russia", "both", "other"]
# What a trade figure is: a figure reported as fact, a target set, or a forecast.
FIGURE_TYPES = ["actual", "target", "forecast"]
