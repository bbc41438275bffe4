"""Where each key of a YAML document sits: (path of keys and indexes) -> line number."""

from __future__ import annotations

from collections.abc import Sequence

import yaml

from scheduler.yaml_safe import bounded_compose

Path = tuple[str | int, ...]


def line_map(text: str) -> dict[Path, int]:
    """Every mapping key and sequence item of `text`, with its 1-based line."""
    root = bounded_compose(text)
    lines: dict[Path, int] = {}
    if root is not None:
        lines[()] = root.start_mark.line + 1
        _walk(root, (), lines)
    return lines


def _walk(node: yaml.Node, path: Path, lines: dict[Path, int]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = (*path, str(key_node.value))
            lines.setdefault(child, key_node.start_mark.line + 1)
            _walk(value_node, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, index)
            lines[child] = item.start_mark.line + 1
            _walk(item, child, lines)


def line_of(lines: dict[Path, int], path: Sequence[str | int]) -> int | None:
    """The line of `path`, or of its nearest ancestor the document holds."""
    wanted = tuple(path)
    while wanted:
        if wanted in lines:
            return lines[wanted]
        wanted = wanted[:-1]
    return lines.get(())


def dotted(path: Sequence[str | int]) -> str:
    """ladders.standard[2].channel"""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
