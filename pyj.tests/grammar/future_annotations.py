"""Module docstring before the __future__ import."""
from __future__ import annotations
from __future__ import generator_stop, division


def annotated(a: SomeUndefinedName, b: list[Undefined] = []) -> Whatever | None:
    variable: AlsoUndefined = 1
    return variable


class C:
    attribute: ForwardReference
    other: 'quoted' = 2
