"""Errors that the CLI reports as one line with exit code 2."""

from __future__ import annotations


class JptermsError(Exception):
    """A user-facing error: bad input, bad arguments or bad configuration."""


class GlossaryError(JptermsError):
    """A glossary file that does not validate; ``problems`` lists (line, reason)."""

    def __init__(self, path: str, problems: list[tuple[int, str]]) -> None:
        self.path = path
        self.problems = problems
        first = problems[0] if problems else (0, "unknown problem")
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{path}:{first[0]}: {first[1]}{more}")


class JptermsWarning(UserWarning):
    """Something the user should know that does not stop the run (the CLI prints one line)."""
