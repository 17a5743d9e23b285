"""Draft documents and their versions: typed or uploaded, split into sections."""
