"""Draw strings that match a regular expression, to generate documents under a ``pattern``.

The pattern is parsed with the standard library's own regular-expression parser and
each part is drawn at random: literals as written, classes by picking a member,
repeats a few times, branches by choice. Lookarounds and anchors are ignored while
drawing, and :func:`sample_matching` keeps only strings the pattern really finds
(``re.search``, as JSON Schema does), so a draw is either right or absent.
"""

from __future__ import annotations

import random
import re
import string
from typing import Any

try:  # Python >= 3.11
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse

__all__ = ["sample_matching"]

PRINTABLE = string.ascii_letters + string.digits + "_-./:<>| "
CATEGORIES = {
    "CATEGORY_DIGIT": string.digits,
    "CATEGORY_NOT_DIGIT": string.ascii_letters + "_-. ",
    "CATEGORY_SPACE": " \t",
    "CATEGORY_NOT_SPACE": string.ascii_letters + string.digits,
    "CATEGORY_WORD": string.ascii_letters + string.digits + "_",
    "CATEGORY_NOT_WORD": "-./: ",
}


def sample_matching(pattern: str, rng: random.Random, *, attempts: int = 8) -> str | None:
    """A random string that ``re.search(pattern, s)`` finds, or None if none could be drawn."""
    try:
        compiled = re.compile(pattern)
        parsed = sre_parse.parse(pattern)
    except (re.error, RecursionError, ValueError):
        return None
    for _ in range(attempts):
        groups: dict[int, str] = {}
        try:
            body = _draw(list(parsed), rng, groups)
        except (IndexError, ValueError, RecursionError):
            continue
        text = body if rng.random() < 0.7 else _affix(rng) + body + _affix(rng)
        if compiled.search(text) is not None:
            return text
        if compiled.search(body) is not None:
            return body
    return None


def _affix(rng: random.Random) -> str:
    return "".join(rng.choice(PRINTABLE) for _ in range(rng.randint(0, 2)))


def _draw(items: list[tuple[Any, Any]], rng: random.Random, groups: dict[int, str]) -> str:
    out: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append(rng.choice([c for c in PRINTABLE if ord(c) != arg]))
        elif name == "ANY":
            out.append(rng.choice(PRINTABLE.strip()))
        elif name == "IN":
            out.append(_draw_class(arg, rng))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = arg
            high = low + 3 if high is sre_parse.MAXREPEAT or high > low + 3 else high
            out.extend(_draw(list(sub), rng, groups) for _ in range(rng.randint(low, high)))
        elif name == "SUBPATTERN":
            group, _add, _del, sub = arg
            text = _draw(list(sub), rng, groups)
            if group is not None:
                groups[group] = text
            out.append(text)
        elif name == "ATOMIC_GROUP":
            out.append(_draw(list(arg), rng, groups))
        elif name == "BRANCH":
            out.append(_draw(list(rng.choice(arg[1])), rng, groups))
        elif name == "GROUPREF":
            out.append(groups.get(arg, ""))
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        else:
            raise ValueError(name)
    return "".join(out)


def _draw_class(members: list[tuple[Any, Any]], rng: random.Random) -> str:
    negate = any(str(op) == "NEGATE" for op, _ in members)
    chars: set[str] = set()
    for op, arg in members:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(arg))
        elif name == "RANGE":
            low, high = arg
            chars.update(chr(c) for c in range(low, min(high, low + 200) + 1))
        elif name == "CATEGORY":
            chars.update(CATEGORIES.get(str(arg), ""))
    if negate:
        return rng.choice([c for c in PRINTABLE if c not in chars] or ["~"])
    return rng.choice(sorted(chars))
