"""Text layer: segmentation, morphology, normalization; knows nothing about entities."""
