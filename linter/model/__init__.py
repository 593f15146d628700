"""The project model and the parsers of the strings it holds (images, port ranges, labels, substitutions)."""
