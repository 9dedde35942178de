"""Plain text to an Article with spans (being written)."""
