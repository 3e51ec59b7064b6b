"""Problems in the input, reported as one line that names the file, the line and the fix."""
from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str
    hint: str = ""
    severity: str = "error"  # "error" rejects the file; "warning" keeps it
    # The whole file (an article, its metadata, a curated file) could not be used and was left out.
    dropped: bool = field(default=False, compare=False)

    def dropping(self) -> Problem:
        return replace(self, dropped=True)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.severity}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class InputError(Exception):
    """Raised by a stage when a file cannot be used; carries the Problem to report."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem
