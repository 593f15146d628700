"""How messages show things: quoting and escaping, object descriptions, did-you-mean, and what is never printed of a secret."""
