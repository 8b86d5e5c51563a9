# pyj's json.scanner: the recursive-descent value scanner, written without regular expressions.
"""JSON token scanner
"""

__all__ = ['make_scanner']

_DIGITS = '0123456789'


def _match_number(string, idx, end):
    # Returns (integer part, fraction, exponent, end index) or None, following
    # the JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
    start = idx
    if idx < end and string[idx] == '-':
        idx += 1
    if idx >= end:
        return None
    c = string[idx]
    if c == '0':
        idx += 1
    elif '1' <= c <= '9':
        idx += 1
        while idx < end and '0' <= string[idx] <= '9':
            idx += 1
    else:
        return None
    integer = string[start:idx]
    frac = exp = ''
    if idx + 1 < end and string[idx] == '.' and '0' <= string[idx + 1] <= '9':
        fstart = idx
        idx += 2
        while idx < end and '0' <= string[idx] <= '9':
            idx += 1
        frac = string[fstart:idx]
    if idx < end and (string[idx] == 'e' or string[idx] == 'E'):
        j = idx + 1
        if j < end and (string[j] == '-' or string[j] == '+'):
            j += 1
        if j < end and '0' <= string[j] <= '9':
            j += 1
            while j < end and '0' <= string[j] <= '9':
                j += 1
            exp = string[idx:j]
            idx = j
    return integer, frac, exp, idx


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None

        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        elif nextchar == '{':
            return parse_object((string, idx + 1), strict,
                _scan_once, object_hook, object_pairs_hook, memo)
        elif nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        elif nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        elif nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        elif nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5

        m = _match_number(string, idx, len(string))
        if m is not None:
            integer, frac, exp, end = m
            if frac or exp:
                res = parse_float(integer + frac + exp)
            else:
                res = parse_int(integer)
            return res, end
        elif nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        elif nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        elif nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        else:
            raise StopIteration(idx)

    def scan_once(string, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = py_make_scanner
