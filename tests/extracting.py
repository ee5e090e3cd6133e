"""What the extractor finds in a sentence written for a test, as (kind, key) pairs."""
from etl.extract import extract


def found(text: str) -> set[tuple[str, str]]:
    """The (kind, key) of every signal ``extract`` finds in ``text``."""
    return {(s.kind, s.key) for s in extract(text)[1]}
