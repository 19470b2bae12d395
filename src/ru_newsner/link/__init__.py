"""Article-level work done after all mentions exist."""
