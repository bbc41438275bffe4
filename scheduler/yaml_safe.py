"""YAML read within bounds: a 2 kB file of aliases referring to aliases must not become a
billion values, nor a deep nest a RecursionError, nor a repeated key a silent replacement.

Everything is checked on the composed node graph, before any Python object is built: the
nesting depth while composing, then the number of values the document would expand to
(aliases counted as often as they are used), then duplicate keys while constructing.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode

MAX_BYTES = 1_000_000
MAX_DEPTH = 50
MAX_VALUES = 100_000
_MERGE = "tag:yaml.org,2002:merge"


class YamlTooBig(yaml.YAMLError):
    """Past a bound; `problem_mark` says where, like PyYAML's own errors."""

    def __init__(self, problem: str, mark: yaml.Mark | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


class DuplicateKey(yaml.YAMLError):
    def __init__(self, key: str, mark: yaml.Mark, first_line: int) -> None:
        self.key = key
        self.problem = (
            f"duplicate key {key!r} (first at line {first_line}): the second would silently "
            "replace the first"
        )
        super().__init__(self.problem)
        self.problem_mark = mark


class BoundedLoader(yaml.SafeLoader):
    """yaml.SafeLoader with the bounds above."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: object) -> Node:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlTooBig(
                    f"nested more than {MAX_DEPTH} levels deep", self.peek_event().start_mark
                )
            return super().compose_node(parent, index)  # type: ignore[misc]
        finally:
            self._depth -= 1

    def get_single_node(self) -> Node | None:
        node = super().get_single_node()
        if node is not None:
            try:
                count = _expanded_size(node, {})
            except RecursionError:
                raise YamlTooBig("aliases nested too deeply", node.start_mark) from None
            if count > MAX_VALUES:
                raise YamlTooBig(
                    f"the document expands to {count:,} values, more than {MAX_VALUES:,} "
                    "(aliases referring to aliases?)".replace(",", " "),
                    node.start_mark,
                )
        return node

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[object, int] = {}
        for key_node, _value in node.value:
            if key_node.tag == _MERGE or not isinstance(key_node.value, str):
                continue
            key = (key_node.tag, key_node.value)
            if key in seen:
                raise DuplicateKey(str(key_node.value), key_node.start_mark, seen[key])
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


def _expanded_size(node: Node, known: dict[int, int]) -> int:
    """Values under `node` as if every alias were written out; each node is counted once
    with memoisation, so the count itself costs no more than the graph."""
    done = known.get(id(node))
    if done is not None:
        return done
    known[id(node)] = MAX_VALUES + 1  # a node containing itself expands without end
    if isinstance(node, MappingNode):
        size = 1 + sum(_expanded_size(k, known) + _expanded_size(v, known) for k, v in node.value)
    elif isinstance(node, SequenceNode):
        size = 1 + sum(_expanded_size(item, known) for item in node.value)
    else:
        size = 1
    known[id(node)] = size
    return size


def bounded_load(text: str) -> Any:
    return yaml.load(text, Loader=BoundedLoader)  # noqa: S506 - a SafeLoader subclass


def bounded_compose(text: str) -> Node | None:
    return yaml.compose(text, Loader=BoundedLoader)
