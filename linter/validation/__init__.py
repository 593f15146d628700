"""The JSON Schemas: validation mapped to findings, and the generated checks that prove documents valid."""
