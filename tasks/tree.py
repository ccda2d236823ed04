"""Build a directive's outline tree from one flat, ordered list of tasks (no query per node)."""

from dataclasses import dataclass, field


@dataclass
class Node:
    task: object
    children: list = field(default_factory=list)


def build_tree(tasks):
    """Nest tasks (ordered by position) under their parents; returns the root nodes."""
    nodes = {task.pk: Node(task) for task in tasks}
    roots = []
    for task in tasks:
        parent = nodes.get(task.parent_id)
        (parent.children if parent else roots).append(nodes[task.pk])
    return roots
