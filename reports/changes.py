"""What changed between two versions of a report's text: only the differing words marked, with a little context."""

import re
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import mark_safe

TOKENS = re.compile(r"\s+|[^\s]+")
CONTEXT = 60  # characters of unchanged text kept on each side of a change


def _shorten(text, *, head, tail):
    """Unchanged text between changes: kept whole when short, else its ends around "…"."""
    if len(text) <= head + tail + 5:
        return escape(text)
    start = escape(text[:head].rsplit(" ", 1)[0] + " ") if head else ""
    end = escape(" " + text[-tail:].split(" ", 1)[-1]) if tail else ""
    return f"{start}…{end}"


def marked_differences(old, new):
    """(old, new) as HTML: the words that differ in <mark>, unchanged stretches cut down to their ends.

    Two long versions of a report's result usually share most of their text; cutting both at the same length showed
    the same words twice, so the reader could not see what was changed.
    """
    old_tokens, new_tokens = TOKENS.findall(old), TOKENS.findall(new)
    opcodes = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False).get_opcodes()
    old_html, new_html = [], []
    for position, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            same = "".join(old_tokens[i1:i2])
            head = CONTEXT if position > 0 else 0
            tail = CONTEXT if position < len(opcodes) - 1 else 0
            shortened = _shorten(same, head=head, tail=tail)
            old_html.append(shortened)
            new_html.append(shortened)
            continue
        if i2 > i1:
            old_html.append(f"<mark>{escape(''.join(old_tokens[i1:i2]))}</mark>")
        if j2 > j1:
            new_html.append(f"<mark>{escape(''.join(new_tokens[j1:j2]))}</mark>")
    return mark_safe("".join(old_html)), mark_safe("".join(new_html))  # noqa: S308  (every piece escaped above)
