"""Data files of the rule-based extractors (gazetteers as TSV), read with importlib.resources."""
