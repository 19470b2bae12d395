"""The spaCy backbone and the :class:`Pipeline` that turns texts into ``Article`` records."""

from .core import DEFAULT_STAGES, Pipeline, load

__all__ = ["DEFAULT_STAGES", "Pipeline", "load"]
