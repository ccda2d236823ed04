"""What the report workflow announces, for the apps above reports to act on (notifications tells people).

Sent inside the step's transaction, after the step is written; a receiver that writes does so in that transaction.
`reports.services` sends them and knows nothing of who listens (reports sits below notifications).
"""

from django.dispatch import Signal

# A report returned, approved and sent, or accepted: `report`, `step` (the `EventKind` of its history line),
# `actor`, `comment`.
report_moved = Signal()
# An extension: asked by staff, so awaiting their head; forwarded or not by the head; put to the monitoring unit
# (asked by a head, or forwarded); decided. Each with `extension` and `actor`.
extension_awaits_head = Signal()
extension_forwarded = Signal()
extension_requested = Signal()
extension_decided = Signal()
# A direction written on a task: `direction`, `actor`.
direction_written = Signal()
