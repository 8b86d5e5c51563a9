// The posix module: the file-system and process calls os builds on, over java.nio.file and ProcessHandle.
package pyj.interp.posix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import pyj.interp.io.OsErrors;
import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;

/**
 * CPython's posix module, as far as the JVM can carry it faithfully. chdir is absent: the JVM has no
 * way to change the process's working directory, and relative paths everywhere else would disagree.
 */
public final class PosixModule {
    private PosixModule() {}

    private static final int ENOENT = 2;
    private static final int ENOTDIR = 20;
    private static final int EISDIR = 21;

    private interface IoCall { PyObject run() throws IOException; }

    public static PyModule create() {
        PyModule m = new PyModule("posix");
        m.put("stat_result", StatResult.TYPE);
        m.put("F_OK", PyInt.of(0));
        m.put("R_OK", PyInt.of(4));
        m.put("W_OK", PyInt.of(2));
        m.put("X_OK", PyInt.of(1));
        m.put("environ", environ());
        fn(m, "getcwd", (self, args, kw) -> {
            ArgParser.checkPositional("getcwd", args, kw, 0, 0);
            return PyStr.of(cwd());
        });
        fn(m, "getcwdb", (self, args, kw) -> {
            ArgParser.checkPositional("getcwdb", args, kw, 0, 0);
            return new PyBytes(cwd().getBytes(StandardCharsets.UTF_8));
        });
        ArgParser listdirArgs = new ArgParser("listdir", 0, "path");
        fn(m, "listdir", (self, args, kw) -> {
            PyObject a = listdirArgs.parse(args, kw)[0];
            return listdir(a == null || a == PySingleton.NONE ? new FsPath(PyStr.of("."), ".", false)
                    : FsPath.of("listdir", "path", a));
        });
        ArgParser mkdirArgs = new ArgParser("mkdir", 1, "path", "mode");
        fn(m, "mkdir", (self, args, kw) -> {
            PyObject[] a = mkdirArgs.parse(args, kw);
            FsPath p = FsPath.of("mkdir", "path", a[0]);
            int mode = a[1] == null ? 0777 : (int) ObjectProtocol.index(a[1]);
            return io(p, () -> {
                Files.createDirectory(javaPath(p), PosixFilePermissions.asFileAttribute(permissions(mode)));
                return PySingleton.NONE;
            });
        });
        pathFn(m, "rmdir", p -> {
            if (Files.exists(javaPath(p), LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(javaPath(p), LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.of(ENOTDIR, "Not a directory", p.given());
            }
            Files.delete(javaPath(p));
            return PySingleton.NONE;
        });
        for (String name : new String[] {"remove", "unlink"}) {
            pathFn(m, name, p -> {
                if (Files.isDirectory(javaPath(p), LinkOption.NOFOLLOW_LINKS)) {
                    throw OsErrors.of(EISDIR, "Is a directory", p.given());
                }
                Files.delete(javaPath(p));
                return PySingleton.NONE;
            });
        }
        for (String name : new String[] {"rename", "replace"}) {
            ArgParser parser = new ArgParser(name, 2, "src", "dst");
            fn(m, name, (self, args, kw) -> {
                PyObject[] a = parser.parse(args, kw);
                FsPath src = FsPath.of(name, "src", a[0]);
                FsPath dst = FsPath.of(name, "dst", a[1]);
                try {
                    Files.move(javaPath(src), javaPath(dst), StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw withSecondName(OsErrors.of(e, src.given()), src.given(), dst.given());
                }
                return PySingleton.NONE;
            });
        }
        ArgParser statArgs = new ArgParser("stat", 1, 1, 1, "path", "follow_symlinks");
        fn(m, "stat", (self, args, kw) -> {
            PyObject[] a = statArgs.parse(args, kw);
            FsPath p = FsPath.of("stat", "path", a[0]);
            boolean follow = a[1] == null || ObjectProtocol.isTrue(a[1]);
            return io(p, () -> StatResult.of(checked(p), follow));
        });
        pathFn(m, "lstat", p -> StatResult.of(checked(p), false));
        pathFn(m, "readlink", p -> p.result(Files.readSymbolicLink(javaPath(p)).toString()));
        ArgParser symlinkArgs = new ArgParser("symlink", 2, "src", "dst", "target_is_directory");
        fn(m, "symlink", (self, args, kw) -> {
            PyObject[] a = symlinkArgs.parse(args, kw);
            FsPath src = FsPath.of("symlink", "src", a[0]);
            FsPath dst = FsPath.of("symlink", "dst", a[1]);
            try {
                Files.createSymbolicLink(javaPath(dst), Path.of(src.text()));
            } catch (IOException e) {
                throw withSecondName(OsErrors.of(e, src.given()), src.given(), dst.given());
            }
            return PySingleton.NONE;
        });
        ArgParser accessArgs = new ArgParser("access", 2, "path", "mode");
        fn(m, "access", (self, args, kw) -> {
            PyObject[] a = accessArgs.parse(args, kw);
            FsPath p = FsPath.of("access", "path", a[0]);
            return PyBool.of(access(p, (int) ObjectProtocol.index(a[1])));
        });
        fn(m, "fspath", (self, args, kw) -> FsPath.fspath(new ArgParser("fspath", 1, "path").parse(args, kw)[0]));
        fn(m, "getpid", (self, args, kw) -> {
            ArgParser.checkPositional("getpid", args, kw, 0, 0);
            return PyInt.of(ProcessHandle.current().pid());
        });
        fn(m, "getppid", (self, args, kw) -> {
            ArgParser.checkPositional("getppid", args, kw, 0, 0);
            return PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
        });
        fn(m, "cpu_count", (self, args, kw) -> {
            ArgParser.checkPositional("cpu_count", args, kw, 0, 0);
            return onlineCpus();
        });
        fn(m, "urandom", (self, args, kw) -> {
            ArgParser.checkPositional("urandom", args, kw, 1, 1);
            long n = ObjectProtocol.index(args[0]);
            if (n < 0) throw PyErr.valueError("negative argument not allowed");
            byte[] b = new byte[Math.toIntExact(n)];
            Randomness.SOURCE.nextBytes(b);
            return new PyBytes(b);
        });
        return m;
    }

    private static final class Randomness {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    private static void fn(PyModule m, String name, pyj.interp.object.BuiltinImpl impl) {
        m.put(name, MethodDef.function(m, name, impl));
    }

    private interface PathBody { PyObject run(FsPath p) throws IOException; }

    /** A function of one path argument whose I/O failures name that path. */
    private static void pathFn(PyModule m, String name, PathBody body) {
        ArgParser parser = new ArgParser(name, 1, "path");
        fn(m, name, (self, args, kw) -> {
            FsPath p = FsPath.of(name, "path", parser.parse(args, kw)[0]);
            return io(p, () -> body.run(p));
        });
    }

    private static PyObject io(FsPath p, IoCall call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw OsErrors.of(e, p.given());
        }
    }

    /** The Java path; the empty path is no file at all for the system calls, not the current directory. */
    private static Path javaPath(FsPath p) throws IOException {
        if (p.text().isEmpty()) throw new java.nio.file.NoSuchFileException("");
        return p.path();
    }

    private static FsPath checked(FsPath p) throws IOException {
        javaPath(p);
        return p;
    }

    private static String cwd() {
        return System.getProperty("user.dir");
    }

    private static PyObject listdir(FsPath p) {
        PyList out = new PyList();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(javaPath(p))) {
            for (Path e : entries) out.append(p.result(e.getFileName().toString()));
        } catch (IOException e) {
            throw OsErrors.of(e, p.given());
        }
        return out;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (bits.length - 1 - i))) != 0) set.add(bits[i]);
        }
        return set;
    }

    private static boolean access(FsPath p, int mode) {
        if (p.text().isEmpty()) return false;
        Path path = p.path();
        try {
            if (mode == 0) {
                path.getFileSystem().provider().checkAccess(path);
            } else {
                EnumSet<AccessMode> modes = EnumSet.noneOf(AccessMode.class);
                if ((mode & 4) != 0) modes.add(AccessMode.READ);
                if ((mode & 2) != 0) modes.add(AccessMode.WRITE);
                if ((mode & 1) != 0) modes.add(AccessMode.EXECUTE);
                path.getFileSystem().provider().checkAccess(path, modes.toArray(new AccessMode[0]));
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** OSError with filename2, as two-path calls (rename, symlink) raise it: {@code ...: 'a' -> 'b'}. */
    private static PyException withSecondName(PyException e, PyObject src, PyObject dst) {
        PyObject errno = ObjectProtocol.getAttr(e.value, "errno");
        if (errno == PySingleton.NONE) return e;
        PyObject strerror = ObjectProtocol.getAttr(e.value, "strerror");
        return new PyException((pyj.interp.object.PyBaseException) ObjectProtocol.call(ExceptionTypes.OS_ERROR,
                errno, strerror, src, PySingleton.NONE, dst));
    }

    /** sysconf(_SC_NPROCESSORS_ONLN) as glibc answers it: the CPUs listed online in sysfs. */
    private static PyObject onlineCpus() {
        try {
            String list = Files.readString(Path.of("/sys/devices/system/cpu/online")).trim();
            long count = 0;
            for (String range : list.split(",")) {
                int dash = range.indexOf('-');
                count += dash < 0 ? 1
                        : Long.parseLong(range.substring(dash + 1)) - Long.parseLong(range.substring(0, dash)) + 1;
            }
            return PyInt.of(count);
        } catch (IOException | NumberFormatException e) {
            return PySingleton.NONE;
        }
    }

    /** posix.environ: the process environment as bytes to bytes, as CPython builds it at start-up. */
    private static PyDict environ() {
        PyDict d = new PyDict();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            d.put(new PyBytes(e.getKey().getBytes(StandardCharsets.UTF_8)),
                    new PyBytes(e.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        return d;
    }
}
