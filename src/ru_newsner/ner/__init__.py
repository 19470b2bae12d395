"""Statistical NER adapters and the post-processing of their spans."""
