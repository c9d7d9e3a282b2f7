"""Short, safe descriptions of values and places for every error message and finding.

A message shows the offending value cut short (a 10 MB string or a value nested
a thousand levels deep must not become the message, nor make printing it fail)
and names where it is, either as a JSON path (``data_keys.det.shape[0]``, used
by validation errors and findings) or as a Python-style path
(``events[2]['data']``, used by the page and sanitising functions, whose
arguments are Python objects). Every module words values and places through
these helpers, so that one value reads the same in every message.
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Iterable
from typing import Any

__all__ = ["describe_value", "format_json_path", "python_path", "short_repr", "with_article"]

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _shortener() -> reprlib.Repr:
    """A reprlib.Repr showing two levels, four items per container and 60 characters per string."""
    shortener = reprlib.Repr()
    shortener.maxlevel = 2
    shortener.maxstring = 60
    shortener.maxother = 60
    shortener.maxlist = shortener.maxtuple = shortener.maxset = shortener.maxdict = 4
    return shortener


_SHORTENER = _shortener()


def short_repr(value: Any, limit: int | None = None) -> str:
    """Return a short ``repr`` of *value* that never raises, cut to *limit* characters if given."""
    try:
        text = _SHORTENER.repr(value)
    except ValueError:  # an int of more digits than Python turns into a str
        text = f"<an int of {value.bit_length()} bits>" if isinstance(value, int) else "<unprintable>"
    except Exception:  # a hostile __repr__, or nesting deeper than reprlib copes with
        text = "<unprintable>"
    if limit is not None and len(text) > limit:
        return text[: limit - 3] + "..."
    return text


def describe_value(value: Any) -> str:
    """Return a short, safe rendering of *value* followed by its type, such as ``'x' (str)``."""
    return f"{short_repr(value)} ({type(value).__name__})"


def format_json_path(path: Iterable[Any], max_parts: int = 16) -> str:
    """Return *path* as ``data_keys.det.shape[0]``; keys that are not identifiers are quoted.

    Paths longer than *max_parts* keep their first and last parts around a count
    of the levels left out.
    """
    parts = list(path)
    if len(parts) > max_parts:
        head, tail = parts[: max_parts - 4], parts[-2:]
        skipped = len(parts) - len(head) - len(tail)
        return f"{format_json_path(head)}...({skipped} more levels)...{format_json_path(tail)}"
    text = ""
    for part in parts:
        if isinstance(part, int) and not isinstance(part, bool):
            text += f"[{part}]"
        elif isinstance(part, str) and _IDENTIFIER.match(part):
            text += f".{part}" if text else part
        else:
            text += f"[{short_repr(part)}]"
    return text


def python_path(root: str, *keys: Any) -> str:
    """A Python-style path: ``python_path("events", 2, "data")`` is ``events[2]['data']``."""
    return root + "".join(f"[{short_repr(key)}]" for key in keys)


def with_article(noun: str) -> str:
    """``noun`` after its indefinite article: ``a start``, ``an event``, ``an event_page``."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"
