"""The bundled JSON Schemas (data files, one per kind)."""
