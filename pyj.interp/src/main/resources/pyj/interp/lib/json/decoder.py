# pyj's json.decoder: JSONDecoder, JSONDecodeError and hand-written string/object/array parsers.
"""Implementation of JSONDecoder
"""
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = {}
for _i, _c in enumerate('0123456789abcdef'):
    _HEX[_c] = _i
    _HEX[_c.upper()] = _i
del _i, _c


def _decode_uXXXX(s, pos, end):
    # pos indexes the 'u'; the four hex digits follow it.
    # The digits must be followed by at least one more character (the string
    # cannot end there), which is how CPython's scanner words the bound.
    value = 0
    if pos + 5 < end:
        for c in s[pos + 1:pos + 5]:
            d = _HEX.get(c)
            if d is None:
                break
            value = value * 16 + d
        else:
            return value
    msg = "Invalid \\uXXXX escape"
    raise JSONDecodeError(msg, s, pos)


def _first_control(s, start, stop):
    # Index of the first character below U+0020 in s[start:stop], or -1.
    for i in range(start, stop):
        if s[i] < ' ':
            return i
    return -1


def _find(find, ch, start, stop):
    return find(ch, start, stop) if start < stop else -1


def py_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Unescapes all valid JSON string escape sequences and raises ValueError
    on attempt to decode an invalid string. If strict is False then literal
    control characters are allowed in the string.

    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    chunks = []
    _append = chunks.append
    begin = end - 1
    n = len(s)
    find = s.find
    # The backslash search is bounded by the next quote: an unbounded search
    # would scan the rest of the document for every string in it.
    quote = _find(find, '"', end, n)
    slash = _find(find, '\\', end, quote if quote >= 0 else n)
    while 1:
        if slash >= 0:
            stop = slash
        elif quote >= 0:
            stop = quote
        else:
            stop = n
        if stop > end:
            content = s[end:stop]
            if strict and not content.isprintable():
                bad = _first_control(s, end, stop)
                if bad >= 0:
                    raise JSONDecodeError("Invalid control character at", s, bad)
            _append(content)
        if stop >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        end = stop + 1
        if stop == quote:
            break
        # A backslash escape.
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            char = _BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            end += 1
        else:
            uni = _decode_uXXXX(s, end, n)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _decode_uXXXX(s, end + 1, n)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = chr(uni)
        _append(char)
        if quote != -1 and quote < end:
            quote = _find(find, '"', end, n)
        slash = _find(find, '\\', end, quote if quote >= 0 else n)
    return ''.join(chunks), end


scanstring = py_scanstring


def _skip_ws(s, end):
    n = len(s)
    while end < n and s[end] in _WS:
        end += 1
    return end


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None, _w=_skip_ws):
    s, end = s_and_end
    pairs = []
    pairs_append = pairs.append
    if memo is None:
        memo = {}
    memo_get = memo.setdefault
    n = len(s)
    end = _w(s, end)
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar == '}':
            if object_pairs_hook is not None:
                result = object_pairs_hook(pairs)
                return result, end + 1
            pairs = {}
            if object_hook is not None:
                pairs = object_hook(pairs)
            return pairs, end + 1
        raise JSONDecodeError(
            "Expecting property name enclosed in double quotes", s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo_get(key, key)
        end = _w(s, end)
        if s[end:end + 1] != ':':
            raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end = _w(s, end + 1)
        value, end = scan_once(s, end)
        pairs_append((key, value))
        end = _w(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == '}':
            break
        elif nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        comma_idx = end - 1
        end = _w(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            if nextchar == '}':
                raise JSONDecodeError(
                    "Illegal trailing comma before end of object", s, comma_idx)
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end - 1)
    if object_pairs_hook is not None:
        result = object_pairs_hook(pairs)
        return result, end
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, end


def JSONArray(s_and_end, scan_once, _w=_skip_ws):
    s, end = s_and_end
    values = []
    end = _w(s, end)
    nextchar = s[end:end + 1]
    if nextchar == ']':
        return values, end + 1
    _append = values.append
    while True:
        value, end = scan_once(s, end)
        _append(value)
        end = _w(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == ']':
            break
        elif nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        comma_idx = end - 1
        end = _w(s, end)
        if s[end:end + 1] == ']':
            raise JSONDecodeError(
                "Illegal trailing comma before end of array", s, comma_idx)
    return values, end


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.

    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=_skip_ws):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).

        """
        obj, end = self.raw_decode(s, idx=_w(s, 0))
        end = _w(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.

        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
