"""What the extractor finds in a sentence written for a test: (kind, key) pairs, or one field of the signals of a
kind."""
from etl.extract import extract


def found(text: str) -> set[tuple[str, str]]:
    """The (kind, key) of every signal ``extract`` finds in ``text``."""
    return {(s.kind, s.key) for s in extract(text)[1]}


def keys(text: str, kind: str) -> list[str]:
    """The keys of the signals of ``kind`` in ``text``, in the extractor's order."""
    return [s.key for s in extract(text)[1] if s.kind == kind]


def statuses(text: str) -> list[str | None]:
    """The statuses of the agreements in ``text``."""
    return [s.status for s in extract(text)[1] if s.kind == "agreement"]


def agreements(text: str) -> list[tuple[str, str | None]]:
    """The (key, status) of the agreements in ``text``, in the extractor's order."""
    return [(s.key, s.status) for s in extract(text)[1] if s.kind == "agreement"]


def figures(text: str) -> list[tuple[str, float | None]]:
    """The (key, value) of the trade figures in ``text``."""
    return [(s.key, s.value) for s in extract(text)[1] if s.kind == "trade_figure"]


def speakers(text: str) -> list[str | None]:
    """The speakers of the trade figures in ``text``."""
    return [s.speaker for s in extract(text)[1] if s.kind == "trade_figure"]


def labels(text: str) -> list[str]:
    """The labels of the agreements in ``text``, in the extractor's order."""
    return [s.label for s in extract(text)[1] if s.kind == "agreement"]
