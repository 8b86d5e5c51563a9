# os on the file system: a scratch tree beside this program, made, inspected, renamed and removed.
import os
import os.path

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_os_test_tmp')


def rel(p):
    if isinstance(p, bytes):
        return ('bytes', rel(os.fsdecode(p)))
    return os.path.relpath(p, base) if isinstance(p, str) and p.startswith(base) else p


def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, 'ok', r)
    except OSError as e:
        fn = rel(e.filename)
        fn2 = rel(e.filename2)
        print(f.__name__, type(e).__name__, e.errno, e.strerror, fn, fn2, str(e).replace(base, '<base>'))
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)


def tree(root):
    out = []
    for dirpath, dirs, files in os.walk(root):
        dirs.sort()
        out.append((rel(dirpath), sorted(dirs), sorted(files)))
    return out


if os.path.exists(base):
    for dirpath, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(dirpath, f))
        for d in dirs:
            os.rmdir(os.path.join(dirpath, d))
    os.rmdir(base)

os.mkdir(base)
print(os.listdir(base), os.path.isdir(base), os.path.isfile(base), os.path.exists(base))
with open(os.path.join(base, 'a.txt'), 'w') as f:
    f.write('hello')
with open(os.path.join(base, 'b.bin'), 'wb') as f:
    f.write(bytes(1000))
os.mkdir(os.path.join(base, 'sub'))
print(sorted(os.listdir(base)), sorted(os.listdir(os.fsencode(base))))
st = os.stat(os.path.join(base, 'a.txt'))
print(type(st).__name__, st.st_size, st.st_mode & 0o170000 == 0o100000, len(st), st[6], st.st_nlink)
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__, st[8] == int(st.st_mtime),
      st.st_mtime_ns // 10**9 == st[8])
sd = os.stat(os.path.join(base, 'sub'))
print(sd.st_mode & 0o170000 == 0o040000, os.lstat(os.path.join(base, 'sub')).st_mode == sd.st_mode)
print(os.path.getsize(os.path.join(base, 'b.bin')), os.path.isfile(os.path.join(base, 'b.bin')),
      os.path.isdir(os.path.join(base, 'b.bin')), os.path.islink(os.path.join(base, 'b.bin')))
print(os.access(base, os.F_OK), os.access(os.path.join(base, 'a.txt'), os.R_OK | os.W_OK),
      os.access(os.path.join(base, 'nope'), os.F_OK), os.F_OK, os.R_OK, os.W_OK, os.X_OK)

os.rename(os.path.join(base, 'a.txt'), os.path.join(base, 'c.txt'))
os.replace(os.path.join(base, 'b.bin'), os.path.join(base, 'c.txt'))
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, 'c.txt')))

os.makedirs(os.path.join(base, 'd1', 'd2', 'd3'))
os.makedirs(os.path.join(base, 'd1', 'd2'), exist_ok=True)
os.makedirs(os.path.join(base, 'd1', 'x', 'y') + '/', exist_ok=False)
open(os.path.join(base, 'd1', 'd2', 'f'), 'w').close()
print(tree(base))
walked = [(rel(d), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base, topdown=False)]
print(sorted(walked))
errors = []
print(list(os.walk(os.path.join(base, 'missing'), onerror=errors.append)), [type(e).__name__ for e in errors])

err(os.mkdir, base)
err(os.makedirs, os.path.join(base, 'd1'))
err(os.makedirs, os.path.join(base, 'c.txt'), exist_ok=True)
err(os.rmdir, os.path.join(base, 'd1'))
err(os.rmdir, os.path.join(base, 'c.txt'))
err(os.rmdir, os.path.join(base, 'zz'))
err(os.remove, os.path.join(base, 'sub'))
err(os.remove, os.path.join(base, 'zz'))
err(os.unlink, os.path.join(base, 'zz'))
err(os.listdir, os.path.join(base, 'zz'))
err(os.listdir, os.path.join(base, 'c.txt'))
err(os.stat, os.path.join(base, 'zz'))
err(os.stat, '')
err(os.lstat, os.path.join(base, 'zz').encode())
err(os.rename, os.path.join(base, 'zz'), os.path.join(base, 'yy'))
err(os.replace, os.path.join(base, 'sub'), os.path.join(base, 'd1'))
err(os.mkdir, os.path.join(base, 'zz', 'q'))
err(os.stat, 'a\0b')
err(os.stat, None)
err(os.mkdir, 3.5)
err(os.path.getsize, os.path.join(base, 'zz'))
err(os.listdir, 7.5)

os.remove(os.path.join(base, 'd1', 'd2', 'f'))
os.removedirs(os.path.join(base, 'd1', 'd2', 'd3'))
print(sorted(os.listdir(os.path.join(base, 'd1'))))
for dirpath, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(dirpath, f))
    for d in dirs:
        os.rmdir(os.path.join(dirpath, d))
os.rmdir(base)
print(os.path.exists(base))

print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), os.urandom(0))
err(os.urandom, -1)
print(os.getcwd() == os.path.abspath('.'), os.getcwdb() == os.fsencode(os.getcwd()))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print('PATH' in os.environ, os.environ.get('PATH') == os.getenv('PATH'))
