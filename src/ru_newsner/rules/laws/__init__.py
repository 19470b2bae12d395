"""Legal acts and references into them: ``find_laws(text) -> list[Law]``."""

from .records import find_laws

__all__ = ["find_laws"]
