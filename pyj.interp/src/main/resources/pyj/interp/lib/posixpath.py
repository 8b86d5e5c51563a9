"""Common operations on POSIX pathnames (os.path on Linux)."""

import posix

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "expanduser", "expandvars",
           "normpath", "abspath", "samefile", "curdir", "pardir", "sep", "pathsep", "defpath",
           "altsep", "extsep", "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath", "isjunction", "isdevdrive"]

supports_unicode_filenames = False

_fspath = posix.fspath


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _mixed(funcname, args):
    # The error CPython's genericpath._check_arg_types raises for str and bytes mixed.
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = _fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _mixed('join', (a, *p))
        raise
    return path


def split(p):
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, extsep = b'/', b'.'
    else:
        sep, extsep = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    p = _fspath(p)
    sep = _sep(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    elif p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    else:
        return empty, p[:2], p[2:]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = _fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def _stat(path, follow=True):
    try:
        return posix.stat(path) if follow else posix.lstat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    return _stat(path, False) is not None


def isfile(path):
    st = _stat(path)
    return st is not None and st.st_mode & 0o170000 == 0o100000


def isdir(s):
    st = _stat(s)
    return st is not None and st.st_mode & 0o170000 == 0o040000


def islink(path):
    st = _stat(path, False)
    return st is not None and st.st_mode & 0o170000 == 0o120000


def isjunction(path):
    _fspath(path)
    return False


def isdevdrive(path):
    _fspath(path)
    return False


def getsize(filename):
    return posix.stat(filename).st_size


def getmtime(filename):
    return posix.stat(filename).st_mtime


def getatime(filename):
    return posix.stat(filename).st_atime


def getctime(filename):
    return posix.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = posix.stat(f1)
    s2 = posix.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def expanduser(path):
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        # ~user needs the password database, which the JVM cannot read: the path stays as it is,
        # as CPython leaves it for a user it does not find.
        return path
    import os
    if 'HOME' not in os.environ:
        return path
    userhome = os.environ['HOME']
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _isvarchar(c):
    return c.isascii() and (c.isalnum() or c == '_')


def expandvars(path):
    # $name and ${name}, names of ASCII letters, digits and underscores; unknown ones stay as written.
    path = _fspath(path)
    import os
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        text = path.decode('utf-8', 'surrogateescape')
        return _expand(text, os.environ.get).encode('utf-8', 'surrogateescape')
    if '$' not in path:
        return path
    return _expand(path, os.environ.get)


def _expand(path, lookup):
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            end = path.find('}', i + 2)
            name = path[i + 2:end] if end >= 0 else ''
            if end < 0 or not name or not all(_isvarchar(ch) for ch in name):
                out.append(c)
                i += 1
                continue
            nxt = end + 1
        else:
            j = i + 1
            while j < n and _isvarchar(path[j]):
                j += 1
            name = path[i + 1:j]
            if not name:
                out.append(c)
                i += 1
                continue
            nxt = j
        value = lookup(name)
        if value is None:
            out.append(path[i:nxt])
        else:
            out.append(value)
        i = nxt
    return ''.join(out)


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if not path:
        return dot
    _, initial_slashes, path = splitroot(path)
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = initial_slashes + sep.join(new_comps)
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = posix.getcwdb() if isinstance(path, bytes) else posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    if isinstance(filename, bytes):
        sep, curdir, pardir = b'/', b'.', b'..'
        getcwd = posix.getcwdb
    else:
        sep, curdir, pardir = '/', '.', '..'
        getcwd = posix.getcwd
    maxlinks = None
    rest = filename.split(sep)[::-1]
    path = sep if filename.startswith(sep) else getcwd()
    seen = {}
    while rest:
        name = rest.pop()
        if name is None:
            # A symlink's target was resolved: remember it for the loop check.
            seen[rest.pop()] = path
            continue
        if not name or name == curdir:
            continue
        if name == pardir:
            path = path[:path.rindex(sep)] or sep
            continue
        newpath = path + name if path.endswith(sep) else path + sep + name
        try:
            st = posix.lstat(newpath)
            if st.st_mode & 0o170000 != 0o120000:
                if strict and rest and st.st_mode & 0o170000 != 0o040000:
                    raise OSError(20, 'Not a directory', newpath)
                path = newpath
                continue
            if newpath in seen:
                path = seen[newpath]
                if path is not None:
                    continue
                if strict:
                    posix.stat(newpath)
                path = newpath
                continue
            target = posix.readlink(newpath)
        except OSError:
            if strict:
                raise
            path = newpath
            continue
        seen[newpath] = None
        if target.startswith(sep):
            path = sep
        rest.append(newpath)
        rest.append(None)
        rest.extend(target.split(sep)[::-1])
    return path


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _mixed('relpath', (path, start))
        raise


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _mixed('commonpath', paths)
        raise
