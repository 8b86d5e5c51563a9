# os.path (posixpath): the pure path functions, str and bytes, with CPython's exact results.
import os
import os.path
from os.path import join, split
import posixpath

print(os.path is posixpath, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.curdir, os.pardir,
      os.devnull, os.defpath, os.name)


def show(f, *args):
    # CPython implements normpath and splitroot in C under other names.
    name = {'_path_normpath': 'normpath', '_path_splitroot_ex': 'splitroot'}.get(f.__name__, f.__name__)
    try:
        print(name, args, '->', repr(f(*args)))
    except Exception as e:
        print(name, args, '!', type(e).__name__, e)


for a in [('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('', 'x'), ('x', ''), ('a',), (b'a', b'b/'), (b'/', b'x'),
          ('a', b'b'), (b'a', 'b'), ('a', 3), ('', ''), ('a//', '//b')]:
    show(join, *a)
for p in ['', '/', '//', '///', 'a', 'a/', 'a/b', '/a/b/', '//a//b', 'a//b', b'/x/y', b'', b'y/']:
    show(split, p)
    show(os.path.basename, p)
    show(os.path.dirname, p)
    show(os.path.splitdrive, p)
    show(os.path.splitroot, p)
    show(os.path.isabs, p)
for p in ['a.txt', 'a.b.c', '.hidden', '..x', 'a/.b', 'a.b/c', 'a/b.', '...', 'x..y', '', b'f.tar.gz', b'.rc',
          '/a/..b']:
    show(os.path.splitext, p)
for p in ['', '.', '..', '/', '//', '///', 'a/./b', 'a/../b', '../a/..', '/../a', '//a/../b', 'a//b/', './',
          'a/b/../../..', b'/a/./b/../c', b'', b'..', '/a/b/c/../../d/.']:
    show(os.path.normpath, p)
for m in [[], ['abc', 'abd'], ['/usr/lib', '/usr/local'], ['x'], [b'ab', b'ac'], [['a', 'b'], ['a', 'c']]]:
    show(os.path.commonprefix, m)
for m in [['/usr/lib', '/usr/local'], ['a/b', 'a/c'], ['/a', 'b'], [], ['/'], ['a/./b', 'a/b/c'],
          [b'/x/y', b'/x/z'], ['a', b'b'], ['', 'x'], ['/usr//lib/', '/usr/lib/x']]:
    show(os.path.commonpath, m)
for a in [('/a/b/c', '/a/d'), ('/a', '/a'), ('/a/b', '/'), ('/', '/a/b'), ('', '/'), (b'/x/y', b'/x'),
          ('/a', b'/b'), ('/x/../y', '/x')]:
    show(os.path.relpath, *a)
print(os.path.relpath('x') == 'x', os.path.relpath(os.path.abspath('q/r')) == 'q/r')
print(os.path.abspath('/a/../b/./c'), os.path.abspath(b'/x//y/'), os.path.abspath('') == os.getcwd(),
      os.path.abspath('z') == os.getcwd() + '/z')
os.environ['HOME'] = '/home/tester/'
os.environ['PYJ_V'] = 'val'
os.environ['PYJ_EMPTY'] = ''
for p in ['~', '~/x', '~x', 'a~', '', b'~/b', '/~']:
    show(os.path.expanduser, p)
for p in ['$PYJ_V', '${PYJ_V}/x', '$PYJ_V$PYJ_V', 'a$PYJ_UNKNOWN_X/b', '${PYJ_UNKNOWN_X}', '${PYJ_V', '$', '$$',
          'x${}y', '$PYJ_EMPTY.', '${PYJ-V}', b'$PYJ_V/b', 'no vars', '$1a', 'é$PYJ_V']:
    show(os.path.expandvars, p)
print(os.getenv('PYJ_V'), os.getenv('PYJ_NOT_SET_X'), os.getenv('PYJ_NOT_SET_X', 'dflt'), 'PYJ_V' in os.environ)
del os.environ['PYJ_V']
print('PYJ_V' in os.environ, os.environ.get('PYJ_V'))
try:
    os.environ['PYJ_V']
except KeyError as e:
    print(type(e).__name__, e)
try:
    os.environ[1] = 'x'
except TypeError as e:
    print(type(e).__name__, e)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p

    def __repr__(self):
        return f'P({self.p!r})'


print(os.fspath('s'), os.fspath(b'b'), os.fspath(P('pl')), join(P('a'), P('b')), os.path.basename(P(b'/q/r')))
for bad in [3, P(4), None]:
    show(os.fspath, bad)
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.fsencode(P('x')), os.fsdecode(P(b'y')))
print(os.path.normcase('A/B'), os.path.realpath('/') == '/', os.path.realpath('/nonexistent_pyj/../a/./b'))
print(issubclass(os.PathLike, object), os.stat_result.__module__, os.stat_result.__name__, os.error is OSError)
