"""From bytes to documents: reading files, YAML with positions, supctl heredocs, discovery, suppression comments, kinds."""
