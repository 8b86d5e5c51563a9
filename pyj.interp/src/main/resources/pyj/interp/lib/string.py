# The string module of Python 3.13: character-class constants, capwords, Template and Formatter.
"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


####################################################################
# Template.  CPython compiles a regular expression from delimiter and
# idpattern; pyj has no re module yet, so the default pattern is matched
# by hand here, with the same leftmost-first alternatives and the same
# empty-match rules as re.finditer/re.sub.

# re.IGNORECASE's value; Template.flags keeps CPython's meaning of the bit.
_IGNORECASE = 2
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_ID_START_LOWER = frozenset(ascii_lowercase + '_')
_ID_START_ANYCASE = frozenset(ascii_letters + '_')
_ID_BODY_LOWER = frozenset(ascii_lowercase + digits + '_')
_ID_BODY_ANYCASE = frozenset(ascii_letters + digits + '_')


def _unsupported(what):
    return NotImplementedError(
        "string.Template: %s requires the re module, "
        "which pyj does not have yet" % what)


class _Placeholder:
    # One match of the Template pattern: kind is 'escaped', 'named',
    # 'braced' or 'invalid'; start/end span the whole match.
    __slots__ = ('kind', 'start', 'end', 'name', 'text')

    def __init__(self, kind, start, end, name, text):
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name
        self.text = text


class _Scanner:
    # Finds delimiter expressions the way the compiled Template pattern does.
    __slots__ = ('delim', 'first', 'body')

    def __init__(self, delim, ignorecase):
        self.delim = delim
        self.first = _ID_START_ANYCASE if ignorecase else _ID_START_LOWER
        self.body = _ID_BODY_ANYCASE if ignorecase else _ID_BODY_LOWER

    def _identifier_end(self, s, i):
        # End of the identifier starting at i, or -1 if none starts there.
        n = len(s)
        if i >= n or s[i] not in self.first:
            return -1
        i += 1
        body = self.body
        while i < n and s[i] in body:
            i += 1
        return i

    def _match_at(self, s, i, allow_empty):
        delim = self.delim
        if not s.startswith(delim, i):
            return None
        j = i + len(delim)
        if s.startswith(delim, j) and (delim or allow_empty):
            end = j + len(delim)
            return _Placeholder('escaped', i, end, None, s[i:end])
        k = self._identifier_end(s, j)
        if k >= 0:
            return _Placeholder('named', i, k, s[j:k], s[i:k])
        if j < len(s) and s[j] == '{':
            k = self._identifier_end(s, j + 1)
            if k >= 0 and k < len(s) and s[k] == '}':
                return _Placeholder('braced', i, k + 1, s[j + 1:k], s[i:k + 1])
        if delim or allow_empty:
            return _Placeholder('invalid', i, j, None, s[i:j])
        return None

    def finditer(self, s):
        if not isinstance(s, str):
            if isinstance(s, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(s).__name__)
        n = len(s)
        pos = 0
        must_advance = False
        while pos <= n:
            start = pos
            found = None
            while start <= n:
                found = self._match_at(s, start, not (must_advance and start == pos))
                if found is not None:
                    break
                start += 1
            if found is None:
                return
            yield found
            must_advance = found.start == found.end
            pos = found.end

    def sub(self, convert, s):
        out = []
        last = 0
        for mo in self.finditer(s):
            out.append(s[last:mo.start])
            out.append(convert(mo))
            last = mo.end
        out.append(s[last:])
        return ''.join(out)


_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            raise _unsupported('custom pattern')
        if cls.idpattern != _DEFAULT_IDPATTERN:
            raise _unsupported('custom idpattern')
        if cls.braceidpattern is not None and cls.braceidpattern != _DEFAULT_IDPATTERN:
            raise _unsupported('custom braceidpattern')
        delim = cls.delimiter
        if not isinstance(delim, str):
            if isinstance(delim, (bytes, bytearray)):
                raise _unsupported('a bytes delimiter')
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(delim).__name__)
        # The pattern is fixed when the class is created, as in CPython.
        cls._scanner = _Scanner(delim, bool(cls.flags & _IGNORECASE))

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start + len(self._scanner.delim)
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)

        def convert(mo):
            if mo.name is not None:
                return str(mapping[mo.name])
            if mo.kind == 'escaped':
                return self.delimiter
            self._invalid(mo)
        return self._scanner.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)

        def convert(mo):
            if mo.name is not None:
                try:
                    return str(mapping[mo.name])
                except KeyError:
                    return mo.text
            if mo.kind == 'escaped':
                return self.delimiter
            return mo.text
        return self._scanner.sub(convert, self.template)

    def is_valid(self):
        for mo in self._scanner.finditer(self.template):
            if mo.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for mo in self._scanner.finditer(self.template):
            if mo.name is not None and mo.name not in ids:
                ids.append(mo.name)
        return ids


# __init_subclass__ runs only for subclasses; Template needs its scanner too.
Template.__init_subclass__()


########################################################################
# Formatter (PEP 3101).  The two parsers below follow the grammar of
# CPython's _string.formatter_parser and _string.formatter_field_name_split,
# so parse() and get_field() give the same pieces and the same errors.

_SSIZE_MAX = 9223372036854775807


def _field_index(text):
    # The integer value of an all-decimal-digit text, else -1.
    if not text:
        return -1
    for ch in text:
        if not ch.isdecimal():
            return -1
    value = int(text)
    if value > _SSIZE_MAX:
        raise ValueError("Too many decimal digits in format string")
    return value


def _markup(s):
    # Yields (literal_text, field_name, format_spec, conversion) tuples.
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ''
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= n
        length = pos - start
        if c == '}' and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[pos] == c:
                # A doubled brace: the literal keeps one, no field follows.
                pos += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue

        name_start = pos
        c = ''
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < n and s[pos] != ']':
                    pos += 1
                continue
            if c == '}' or c == ':' or c == '!':
                break
        field_name = s[name_start:pos - 1]
        conversion = None
        spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if pos >= n:
                    raise ValueError(
                        "end of string while looking for conversion specifier")
                conversion = s[pos]
                pos += 1
                if pos < n:
                    c = s[pos]
                    pos += 1
                    if c == '}':
                        yield (literal, field_name, '', conversion)
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = pos
            depth = 1
            closed = False
            while pos < n:
                c = s[pos]
                pos += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        closed = True
                        break
            if not closed:
                raise ValueError("unmatched '{' in format spec")
            spec = s[spec_start:pos - 1]
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        yield (literal, field_name, spec, conversion)


def _field_rest(s, pos):
    # Yields (is_attribute, key) for each '.name' or '[key]' after the first part.
    n = len(s)
    while pos < n:
        c = s[pos]
        pos += 1
        start = pos
        if c == '.':
            while pos < n and s[pos] != '.' and s[pos] != '[':
                pos += 1
            name = s[start:pos]
            key = name
            is_attr = True
        elif c == '[':
            while pos < n and s[pos] != ']':
                pos += 1
            if pos >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:pos]
            pos += 1
            index = _field_index(name)
            key = name if index == -1 else index
            is_attr = False
        else:
            raise ValueError(
                "Only '.' or '[' may follow ']' in format field specifier")
        if not name:
            raise ValueError("Empty attribute in format string")
        yield (is_attr, key)


def _expect_str(value):
    if not isinstance(value, str):
        raise TypeError("expected str, got %s" % type(value).__name__)


def _formatter_parser(format_string):
    _expect_str(format_string)
    return _markup(format_string)


def _formatter_field_name_split(field_name):
    _expect_str(field_name)
    k = 0
    n = len(field_name)
    while k < n and field_name[k] != '.' and field_name[k] != '[':
        k += 1
    first = field_name[:k]
    index = _field_index(first)
    return (first if index == -1 else index), _field_rest(field_name, k)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # auto_arg_index is False once a field was numbered by hand;
            # CPython reports both directions with the same message.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs,
                used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
