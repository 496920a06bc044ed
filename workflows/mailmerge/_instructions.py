"""Field instructions: what a field asks for and what it evaluates to for one record.

A field's instruction is a list of text pieces and nested fields, e.g. the IF in
``{ IF { MERGEFIELD Saldo } > "0" "Betal venligst" "" }``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import cached_property
from typing import Protocol

from workflows.mailmerge._values import apply_case, parse_number

# Fields the merge resolves; every other field (PAGE, NUMPAGES, DATE, ...) is left to Word.
MERGE_KINDS = frozenset({"MERGEFIELD", "IF", "NEXT", "NEXTIF", "SKIPIF", "MERGEREC", ""})

_NAME_RE = re.compile(r'^\s*MERGEFIELD\s+(?:"([^"]*)"|(\S+))(.*)$', re.IGNORECASE | re.DOTALL)
_SWITCH_RE = re.compile(r'\\([*bf#@mv])\s*(?:"([^"]*)"|(\S+))?', re.IGNORECASE)
_CASES = {"upper": "upper", "lower": "lower", "firstcap": "firstcap", "caps": "caps"}
_OPERATORS = frozenset({"=", "<>", "<", ">", "<=", ">="})


class EvaluationContext(Protocol):
    def lookup(self, name: str) -> str: ...

    def advance_record(self) -> bool: ...

    def record_number(self) -> int: ...


@dataclass(frozen=True)
class MergeFieldSpec:
    name: str
    case: str | None = None
    before: str = ""
    after: str = ""

    def present(self, text: str) -> str:
        if not text:
            return ""
        return self.before + apply_case(text, self.case) + self.after


@dataclass(eq=False)
class FieldNode:
    """One field: its instruction pieces, in document order."""

    tokens: list[str | FieldNode] = field(default_factory=list)

    def add_text(self, text: str) -> None:
        if self.tokens and isinstance(self.tokens[-1], str):
            self.tokens[-1] += text
        else:
            self.tokens.append(text)

    @cached_property
    def kind(self) -> str:
        leading = self.tokens[0] if self.tokens and isinstance(self.tokens[0], str) else ""
        words = leading.split(None, 1)
        if words:
            return words[0].upper()
        blank = all(isinstance(t, str) and not t.strip() for t in self.tokens)
        return "" if blank else "?"

    @cached_property
    def flat_text(self) -> str:
        return "".join(t if isinstance(t, str) else "" for t in self.tokens).strip()

    @cached_property
    def spec(self) -> MergeFieldSpec | None:
        return parse_mergefield(self.flat_text) if self.kind == "MERGEFIELD" else None

    def merge_field_names(self) -> Iterator[str]:
        """MERGEFIELD names used by this field and the fields nested in it, in order."""
        if self.spec is not None:
            yield self.spec.name
        for token in self.tokens:
            if isinstance(token, FieldNode):
                yield from token.merge_field_names()


def parse_mergefield(instruction: str) -> MergeFieldSpec | None:
    match = _NAME_RE.match(instruction)
    if match is None:
        return None
    name = match.group(1) if match.group(1) is not None else match.group(2)
    case, before, after = None, "", ""
    for switch, quoted, bare in _SWITCH_RE.findall(match.group(3)):
        argument = quoted if quoted else bare
        kind = switch.lower()
        if kind == "*":
            case = _CASES.get(argument.lower(), case)
        elif kind == "b":
            before = argument
        elif kind == "f":
            after = argument
    return MergeFieldSpec(name=name, case=case, before=before, after=after)


def evaluate(node: FieldNode, context: EvaluationContext) -> str:
    """The text a merge-kind field stands for with the context's current record."""
    kind = node.kind
    if kind == "MERGEFIELD":
        spec = node.spec
        return spec.present(context.lookup(spec.name)) if spec else ""
    if kind == "IF":
        return _evaluate_if(node, context)
    if kind == "NEXT":
        context.advance_record()
    elif kind == "NEXTIF":
        arguments = _arguments(node, context)
        if len(arguments) >= 3 and _holds(arguments[0], arguments[1], arguments[2]):
            context.advance_record()
    elif kind == "MERGEREC":
        return str(context.record_number())
    return ""


def _evaluate_if(node: FieldNode, context: EvaluationContext) -> str:
    arguments, case = _arguments(node, context), _case_switch(node)
    if len(arguments) >= 3 and arguments[1] in _OPERATORS:
        condition = _holds(arguments[0], arguments[1], arguments[2])
        branches = arguments[3:5]
    else:
        condition = bool(arguments) and arguments[0] not in ("", "0")
        branches = arguments[1:3]
    chosen = branches[0 if condition else 1] if len(branches) > (0 if condition else 1) else ""
    return apply_case(chosen, case)


def _case_switch(node: FieldNode) -> str | None:
    tail = node.tokens[-1] if node.tokens and isinstance(node.tokens[-1], str) else ""
    found = re.search(r"\\\*\s*(upper|lower|firstcap|caps)\b", tail, re.IGNORECASE)
    return found.group(1).lower() if found else None


def _arguments(node: FieldNode, context: EvaluationContext) -> list[str]:
    """Words and quoted texts after the keyword; a nested field's result stays one piece."""
    words: list[str] = []
    current: list[str] | None = None
    quoted = False
    for token in node.tokens:
        if isinstance(token, FieldNode):
            current = (current or []) + [evaluate(token, context)]
            continue
        for char in token:
            if quoted:
                if char == '"':
                    words.append("".join(current or []))
                    current, quoted = None, False
                else:
                    current.append(char)
            elif char == '"':
                if current is not None:
                    words.append("".join(current))
                current, quoted = [], True
            elif char.isspace():
                if current is not None:
                    words.append("".join(current))
                    current = None
            elif char == "\\" and current is None:
                return _drop_keyword(words)
            else:
                current = (current or []) + [char]
    if current is not None:
        words.append("".join(current))
    return _drop_keyword(words)


def _drop_keyword(words: list[str]) -> list[str]:
    return words[1:]


def _holds(left: str, operator: str, right: str) -> bool:
    left_number, right_number = parse_number(left), parse_number(right)
    if left_number is not None and right_number is not None:
        a, b = left_number, right_number
    elif operator in ("=", "<>") and ("*" in right or "?" in right):
        matches = fnmatchcase(left.lower(), right.lower())
        return matches if operator == "=" else not matches
    else:
        a, b = left.lower(), right.lower()
    if operator == "=":
        return a == b
    if operator == "<>":
        return a != b
    if operator == "<":
        return a < b
    if operator == ">":
        return a > b
    if operator == "<=":
        return a <= b
    return a >= b
