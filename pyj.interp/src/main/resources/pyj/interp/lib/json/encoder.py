# pyj's json.encoder: JSONEncoder, string escaping via str.translate, and the value walkers.
"""Implementation of JSONEncoder
"""

INFINITY = float('inf')

# Escapes shared by both string encoders: the quote, the backslash and C0 controls.
ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for i in range(0x20):
    ESCAPE_DCT.setdefault(chr(i), '\\u{0:04x}'.format(i))
del i

# str.translate tables keyed by code point; the ASCII one also escapes DEL.
_TABLE = {ord(k): v for k, v in ESCAPE_DCT.items()}
_ASCII_TABLE = dict(_TABLE)
_ASCII_TABLE[0x7f] = '\\u007f'


_ASCII_OUT = [_ASCII_TABLE.get(n, chr(n)) for n in range(0x80)]


class _AsciiEscapes:
    # A translate mapping for strings with non-ASCII characters: those become
    # \uXXXX escapes (a surrogate pair above the BMP). ASCII characters map to
    # themselves rather than raising LookupError, which is costly per character.
    def __getitem__(self, n, _out=_ASCII_OUT):
        if n < 0x80:
            return _out[n]
        if n < 0x10000:
            return '\\u{0:04x}'.format(n)
        n -= 0x10000
        s1 = 0xd800 | ((n >> 10) & 0x3ff)
        s2 = 0xdc00 | (n & 0x3ff)
        return '\\u{0:04x}\\u{1:04x}'.format(s1, s2)


_ASCII_ESCAPES = _AsciiEscapes()


def py_encode_basestring(s):
    """Return a JSON representation of a Python string

    """
    return '"' + s.translate(_TABLE) + '"'


encode_basestring = py_encode_basestring


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string

    """
    if s.isascii():
        return '"' + s.translate(_ASCII_TABLE) + '"'
    return '"' + s.translate(_ASCII_ESCAPES) + '"'


encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        """Constructor for JSONEncoder, with sensible defaults."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        def floatstr(o, allow_nan=self.allow_nan,
                _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))
            return text

        if self.indent is None or isinstance(self.indent, str):
            indent = self.indent
        else:
            indent = ' ' * self.indent
        make = _make_listencode if _one_shot else _make_iterencode
        _iterencode = make(
            markers, self.default, _encoder, indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys)
        return _iterencode(o, 0)


def _key_string(key, floatstr, skipkeys, _intstr=int.__repr__):
    # The JSON key text for a dict key, or None when skipkeys drops it.
    if isinstance(key, str):
        return key
    elif isinstance(key, float):
        return floatstr(key)
    elif key is True:
        return 'true'
    elif key is False:
        return 'false'
    elif key is None:
        return 'null'
    elif isinstance(key, int):
        return _intstr(key)
    elif skipkeys:
        return None
    raise TypeError(f'keys must be str, int, float, bool or None, '
                    f'not {key.__class__.__name__}')


def _make_listencode(markers, _default, _encoder, _indent, _floatstr,
        _key_separator, _item_separator, _sort_keys, _skipkeys,
        _intstr=int.__repr__):
    # The one-shot walker behind encode(): appends every piece to one list,
    # which ''.join()s in linear time, without generator overhead.

    def enter(o):
        if markers is not None:
            markerid = id(o)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = o
            return markerid
        return None

    def encode_value(o, out, level):
        if isinstance(o, str):
            out.append(_encoder(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(_intstr(o))
        elif isinstance(o, float):
            out.append(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            encode_list(o, out, level)
        elif isinstance(o, dict):
            encode_dict(o, out, level)
        else:
            markerid = enter(o)
            encode_value(_default(o), out, level)
            if markerid is not None:
                del markers[markerid]

    def encode_list(lst, out, level):
        if not lst:
            out.append('[]')
            return
        markerid = enter(lst)
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            out.append('[' + newline_indent)
        else:
            newline_indent = None
            separator = _item_separator
            out.append('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            encode_value(value, out, level)
        if newline_indent is not None:
            out.append('\n' + _indent * (level - 1))
        out.append(']')
        if markerid is not None:
            del markers[markerid]

    def encode_dict(dct, out, level):
        if not dct:
            out.append('{}')
            return
        markerid = enter(dct)
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            out.append('{' + newline_indent)
        else:
            newline_indent = None
            item_separator = _item_separator
            out.append('{')
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            key = _key_string(key, _floatstr, _skipkeys)
            if key is None:
                continue
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(_encoder(key))
            out.append(_key_separator)
            encode_value(value, out, level)
        if newline_indent is not None:
            out.append('\n' + _indent * (level - 1))
        out.append('}')
        if markerid is not None:
            del markers[markerid]

    def _listencode(o, level):
        out = []
        encode_value(o, out, level)
        return out

    return _listencode


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
        _key_separator, _item_separator, _sort_keys, _skipkeys,
        _intstr=int.__repr__):
    # The lazy walker behind iterencode() and dump(): yields pieces as it goes.

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                yield buf + _intstr(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            key = _key_string(key, _floatstr, _skipkeys)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                yield _intstr(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield _intstr(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]

    return _iterencode
