"""Batch processing of dumps: partitions, the process pool, writers, resumable runs.

This layer imports the core (pipeline, records); the core never imports it.
"""
