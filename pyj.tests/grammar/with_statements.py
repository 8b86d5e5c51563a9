# with statements: single and multiple items, targets, and the parenthesized forms.
import contextlib
manager = contextlib.nullcontext
with manager():
    pass
with manager() as value:
    pass
with manager() as (a, b), manager() as [c, d]:
    pass
with manager(), manager() as e:
    pass
with (manager()):
    pass
with (manager() as f):
    pass
with (manager() as g, manager() as h):
    pass
with (manager(), manager(),):
    pass
with (
    manager() as i,
    manager(),
    manager() as j
):
    pass
with (manager() for _ in ()) if False else manager():
    pass
with (yield_free := manager()):
    pass
