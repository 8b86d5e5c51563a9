"""The ast module of pyj: Python's abstract syntax trees.

The node classes come from the built-in _ast module; this module adds parsing, dumping, literal
evaluation and the tree-walking helpers, written for pyj and behaving as CPython 3.13's ast does.
"""

from _ast import *


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None, optimize=-1):
    """Parse source into an AST node (compile() with PyCF_ONLY_AST)."""
    flags = PyCF_ONLY_AST
    if optimize > 0:
        flags |= PyCF_OPTIMIZED_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if feature_version is None:
        feature_version = -1
    elif isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
        feature_version = minor
    return compile(source, filename, mode, flags,
                   _feature_version=feature_version, optimize=optimize)


def literal_eval(node_or_string):
    """Evaluate a node or string holding only a Python literal or container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        message = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            message += f' on line {line}'
        raise ValueError(message + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed_number(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def value(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(value(x) for x in node.elts)
        if isinstance(node, List):
            return [value(x) for x in node.elts]
        if isinstance(node, Set):
            return {value(x) for x in node.elts}
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return {value(k): value(v) for k, v in zip(node.keys, node.values)}
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return value(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None, show_empty=False):
    """A string showing the tree, for debugging; optionally indented, with positions, or with
    empty fields."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def render(item, depth):
        # Returns the text and whether it is "simple" (may stay on one line with its siblings).
        if indent is None:
            opening, separator = '', ', '
        else:
            depth += 1
            opening = '\n' + indent * depth
            separator = ',\n' + indent * depth
        if isinstance(item, list):
            if not item:
                return '[]', True
            return '[' + opening + separator.join(render(x, depth)[0] for x in item) + ']', False
        if not isinstance(item, AST):
            return repr(item), True
        cls = type(item)
        parts = []
        pending = []         # reprs of skipped positional fields, needed if a later one is printed
        named = annotate_fields
        simple = True
        keeps_none = isinstance(item, (Constant, MatchSingleton))
        for name in item._fields:
            try:
                field = getattr(item, name)
            except AttributeError:
                named = True
                continue
            if field is None and getattr(cls, name, ...) is None:
                named = True
                continue
            if not show_empty and (field is None or field == []) and not keeps_none:
                pending.append(repr(field))
                continue
            if not named:
                parts.extend(pending)
                pending = []
            text, field_simple = render(field, depth)
            simple = simple and field_simple
            parts.append(f'{name}={text}' if named else text)
        if include_attributes:
            for name in item._attributes:
                try:
                    field = getattr(item, name)
                except AttributeError:
                    continue
                if field is None and getattr(cls, name, ...) is None:
                    continue
                text, field_simple = render(field, depth)
                simple = simple and field_simple
                parts.append(f'{name}={text}')
        name = item.__class__.__name__
        if simple and len(parts) <= 3:
            return f'{name}({", ".join(parts)})', not parts
        return f'{name}({opening}{separator.join(parts)})', False

    return render(node, 0)[0]


_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """Copy the source position of old_node to new_node, where old_node has one."""
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            position = getattr(old_node, name, None)
            if position is not None or (name.startswith('end_') and hasattr(old_node, name)):
                setattr(new_node, name, position)
    return new_node


def fix_missing_locations(node):
    """Give every node without a position the position of its parent (the tree's root: 1, 0)."""
    def fix(item, start_line, start_col, end_line, end_col):
        attributes = item._attributes
        if 'lineno' in attributes:
            if not hasattr(item, 'lineno'):
                item.lineno = start_line
            else:
                start_line = item.lineno
        if 'end_lineno' in attributes:
            if getattr(item, 'end_lineno', None) is None:
                item.end_lineno = end_line
            else:
                end_line = item.end_lineno
        if 'col_offset' in attributes:
            if not hasattr(item, 'col_offset'):
                item.col_offset = start_col
            else:
                start_col = item.col_offset
        if 'end_col_offset' in attributes:
            if getattr(item, 'end_col_offset', None) is None:
                item.end_col_offset = end_col
            else:
                end_col = item.end_col_offset
        for child in iter_child_nodes(item):
            fix(child, start_line, start_col, end_line, end_col)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move every node of the tree n lines down."""
    for item in walk(node):
        if isinstance(item, TypeIgnore):
            item.lineno = getattr(item, 'lineno', 0) + n
            continue
        if 'lineno' in item._attributes:
            item.lineno = getattr(item, 'lineno', 0) + n
        if 'end_lineno' in item._attributes and getattr(item, 'end_lineno', 0) is not None:
            item.end_lineno = getattr(item, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """(name, value) for each field the node has."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct children: fields that are nodes, and the nodes in fields that are lists."""
    for _, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    first = body[0].value
    if not isinstance(first, Constant) or not isinstance(first.value, str):
        return None
    text = first.value
    return _clean_docstring(text) if clean else text


def _clean_docstring(text):
    # inspect.cleandoc's rules: tabs expanded, the first line stripped, the common indentation of
    # the others removed, blank lines at either end dropped.
    lines = text.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents) if indents else 0
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _source_lines(source):
    # str.splitlines() without the form feed and other separators compile() does not end lines at.
    lines = []
    start = 0
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == '\r' or ch == '\n':
            end = i + 1
            if ch == '\r' and end < len(source) and source[end] == '\n':
                end += 1
            lines.append(source[start:end])
            start = i = end
            continue
        i += 1
    if start < len(source):
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The source text a node spans, or None when its position is incomplete."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        start_col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if first == last:
        return lines[first].encode()[start_col:end_col].decode()
    head = lines[first].encode()[start_col:].decode()
    if padded:
        prefix = lines[first].encode()[:start_col].decode()
        head = ''.join(c if c in ' \t\f' else ' ' for c in prefix) + head
    tail = lines[last].encode()[:end_col].decode()
    return ''.join([head] + lines[first + 1:last] + [tail])


def walk(node):
    """Every node of the tree, in no particular order (breadth first here)."""
    queue = [node]
    position = 0
    while position < len(queue):
        item = queue[position]
        position += 1
        queue.extend(iter_child_nodes(item))
        yield item


class NodeVisitor(object):
    """Calls visit_<ClassName>(node) for each node, generic_visit when there is none."""

    def visit(self, node):
        handler = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        for _, field in iter_fields(node):
            if isinstance(field, list):
                for item in field:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(field, AST):
                self.visit(field)


class NodeTransformer(NodeVisitor):
    """A visitor whose visit methods return the replacement node (None removes it, a list
    replaces one list item by several)."""

    def generic_visit(self, node):
        for name, field in iter_fields(node):
            if isinstance(field, list):
                replacement = []
                for item in field:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replacement.extend(item)
                            continue
                    replacement.append(item)
                field[:] = replacement
            elif isinstance(field, AST):
                new = self.visit(field)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node
