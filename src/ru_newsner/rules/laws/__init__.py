"""Legal acts and references into them: ``find_laws(text) -> list[Law]``."""

from .records import explain_laws, find_laws

__all__ = ["explain_laws", "find_laws"]
