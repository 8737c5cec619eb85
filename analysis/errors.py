"""The one exception type the package raises for unusable input."""

from __future__ import annotations


class InputError(ValueError):
    """Input that cannot be analysed: names the source and says what is wrong.

    ``str(error)`` reads ``"<source>: <problem>"``; ``error.source`` and
    ``error.problem`` hold the two parts for programs.
    """

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        """Pickle as (source, problem), so the error can cross to and from worker processes."""
        return type(self), (self.source, self.problem)
