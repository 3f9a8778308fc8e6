"""Version of the jpterms package."""

__version__ = "0.1.0"
