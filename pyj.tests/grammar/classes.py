# Class definitions: bases, keywords, metaclasses, decorators, nesting and class-level statements.
class Empty:
    pass


class WithBases(Empty, object):
    attribute = 1

    def method(self):
        return self.attribute

    @staticmethod
    def static():
        return 0

    @classmethod
    def cls(cls):
        return cls

    @property
    def prop(self):
        return 1


class WithKeywords(Empty, metaclass=type):
    pass


class StarBases(*[Empty], **{'metaclass': type}):
    pass


class Parenthesized():
    pass


def decorator(cls):
    return cls


@decorator
class Decorated:
    """Docstring."""
    x: int = 0
    y: 'str'

    class Nested:
        def method(self):
            return __class__

    def uses_super(self):
        return super().__init__()

    __private = 1

    def mangled(self):
        return self.__private


class OneLine: pass
