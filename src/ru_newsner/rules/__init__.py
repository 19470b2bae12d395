"""Rule-based extractors (dates, laws) and their data files."""
