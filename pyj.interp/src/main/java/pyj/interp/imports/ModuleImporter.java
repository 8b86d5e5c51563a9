// The import system: __import__'s resolution of names to modules, built-in or found as .py files on sys.path.
package pyj.interp.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import pyj.compiler.Compiler;
import pyj.interp.eval.CodeExecution;
import pyj.interp.eval.Interpreter;
import pyj.interp.eval.PyCode;
import pyj.interp.io.OsErrors;
import pyj.interp.modules.BuiltinModules;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.ObjectReduce;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyList;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyNamespace;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.source.SourceCompiler;

/**
 * What importlib's {@code __import__} does for built-in modules, source modules, regular packages
 * ({@code __init__.py}) and namespace packages: relative names resolved against the importing
 * module's package, parents imported before children, sys.modules consulted first and updated
 * before a module runs (so circular imports see the partly initialised module), and the
 * {@code fromlist} handling that imports submodules named in {@code from package import name}.
 */
public final class ModuleImporter implements Interpreter.ImportSystem {
    private static final PyStr PATH = PyStr.intern("__path__");
    private static final PyStr NAME = PyStr.intern("__name__");
    private static final PyStr PACKAGE = PyStr.intern("__package__");
    private static final PyStr SPEC = PyStr.intern("__spec__");
    private static final PyStr ALL = PyStr.intern("__all__");

    private final Interpreter interp;

    public ModuleImporter(Interpreter interp) {
        this.interp = interp;
        ObjectReduce.moduleImporter = this::gcdImport;
    }

    @Override
    public PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
        String absolute = level > 0 ? resolveName(name, packageOf(globals), level) : name;
        if (level == 0 && name.isEmpty()) throw PyErr.valueError("Empty module name");
        PyObject module = gcdImport(absolute);
        boolean hasFromlist = fromlist != null && fromlist != PySingleton.NONE && ObjectProtocol.isTrue(fromlist);
        if (!hasFromlist) {
            if (level == 0) return interp.modules.getStr(PyStr.of(firstPart(name)));
            if (name.isEmpty()) return module;
            int cutOff = name.length() - firstPart(name).length();
            String modName = moduleName(module);
            return interp.modules.getStr(PyStr.of(modName.substring(0, modName.length() - cutOff)));
        }
        if (ObjectProtocol.lookupAttr(module, PATH) != null) handleFromlist(module, fromlist, false);
        return module;
    }

    private static String firstPart(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String moduleName(PyObject module) {
        PyObject n = ObjectProtocol.getAttr(module, NAME);
        return ObjectProtocol.strString(n);
    }

    /** importlib._calc___package__. */
    private static String packageOf(PyDict globals) {
        if (globals == null) {
            throw PyErr.newException(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        PyObject pkg = globals.getStr(PACKAGE);
        if (pkg != null && pkg != PySingleton.NONE) {
            if (!(pkg instanceof PyStr s)) throw PyErr.typeError("package must be a string");
            return s.value();
        }
        PyObject spec = globals.getStr(SPEC);
        if (spec != null && spec != PySingleton.NONE) {
            return ObjectProtocol.strString(ObjectProtocol.getAttr(spec, "parent"));
        }
        PyObject name = globals.getStr(NAME);
        if (!(name instanceof PyStr n)) throw PyErr.format(ExceptionTypes.KEY_ERROR, "'__name__' not in globals");
        String p = n.value();
        if (globals.getStr(PATH) == null) {
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
        return p;
    }

    /** importlib._resolve_name. */
    private static String resolveName(String name, String pkg, int level) {
        if (pkg.isEmpty()) {
            throw PyErr.newException(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErr.newException(ExceptionTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** importlib._gcd_import: the module named by an absolute name, importing parents first. */
    public PyObject gcdImport(String name) {
        PyObject existing = interp.modules.getStr(PyStr.of(name));
        if (existing != null) {
            if (existing == PySingleton.NONE) {
                throw moduleNotFound("import of " + name + " halted; None in sys.modules", name);
            }
            return existing;
        }
        int dot = name.lastIndexOf('.');
        PyObject searchPath = null;
        PyObject parentModule = null;
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            parentModule = gcdImport(parent);
            existing = interp.modules.getStr(PyStr.of(name));
            if (existing != null) return existing;
            searchPath = ObjectProtocol.lookupAttr(parentModule, PATH);
            if (searchPath == null) {
                throw moduleNotFound("No module named '" + name + "'; '" + parent + "' is not a package", name);
            }
        }
        PyModule module = load(name, searchPath);
        if (parentModule != null) {
            ObjectProtocol.setAttr(parentModule, PyStr.intern(name.substring(dot + 1)), module);
        }
        return interp.modules.getStr(PyStr.of(name));
    }

    private PyException moduleNotFound(String msg, String name) {
        PyBaseException e = (PyBaseException) ObjectProtocol.call(ExceptionTypes.MODULE_NOT_FOUND_ERROR,
                new PyObject[] {PyStr.of(msg), PyStr.of(name)}, new String[] {"name"});
        return new PyException(e);
    }

    /** Finds and executes a module that is not in sys.modules yet. */
    private PyModule load(String name, PyObject searchPath) {
        if (searchPath == null) {
            PyModule builtin = BuiltinModules.create(name);
            if (builtin != null) {
                describeBuiltin(builtin, name);
                interp.modules.putStr(PyStr.of(name), builtin);
                return builtin;
            }
        }
        PyModule library = loadLibrary(name, searchPath);
        if (library != null) return library;
        String last = name.substring(name.lastIndexOf('.') + 1);
        List<String> namespacePortions = new ArrayList<>();
        for (String dir : pathEntries(searchPath)) {
            Path base = Path.of(dir.isEmpty() ? "." : dir);
            Path pkgDir = base.resolve(last);
            Path init = pkgDir.resolve("__init__.py");
            if (Files.isRegularFile(init)) return execute(name, display(dir, last + "/__init__.py"), init, display(dir, last));
            Path file = base.resolve(last + ".py");
            if (Files.isRegularFile(file)) return execute(name, display(dir, last + ".py"), file, null);
            if (Files.isDirectory(pkgDir)) namespacePortions.add(display(dir, last));
        }
        if (!namespacePortions.isEmpty()) {
            PyModule m = new PyModule(name);
            PyList path = new PyList();
            for (String p : namespacePortions) path.append(PyStr.of(p));
            m.put("__path__", path);
            m.put("__package__", PyStr.of(name));
            m.put("__file__", PySingleton.NONE);
            m.put("__spec__", spec(name, null, path, false));
            interp.modules.putStr(PyStr.of(name), m);
            return m;
        }
        throw moduleNotFound("No module named '" + name + "'", name);
    }

    /** Where pyj's own Python-source library modules live, inside this module. */
    private static final String LIBRARY = "/pyj/interp/lib/";
    /** How their __file__ and tracebacks name them. */
    private static final String LIBRARY_PREFIX = "<pyj>/lib/";

    /**
     * The modules pyj ships as Python source (ast, ...), read from this module's resources; they
     * come before sys.path, as CPython's frozen and standard-library modules do. A submodule is
     * looked up there only when its parent is itself a library package.
     */
    private PyModule loadLibrary(String name, PyObject searchPath) {
        if (searchPath != null && !isLibraryPath(searchPath)) return null;
        String path = name.replace('.', '/');
        byte[] source = resource(LIBRARY + path + ".py");
        String packageDir = null;
        String file = LIBRARY_PREFIX + path + ".py";
        if (source == null) {
            source = resource(LIBRARY + path + "/__init__.py");
            if (source == null) return null;
            packageDir = LIBRARY_PREFIX + path;
            file = packageDir + "/__init__.py";
        }
        pyj.interp.source.SourceLines.register(file, pyj.compiler.tokenize.SourceDecoder.decode(source, file));
        return execute(name, file, source, packageDir);
    }

    private static boolean isLibraryPath(PyObject searchPath) {
        PyObject it = ObjectProtocol.getIter(searchPath);
        for (PyObject p; (p = ObjectProtocol.next(it)) != null; ) {
            if (p instanceof PyStr s && s.value().startsWith(LIBRARY_PREFIX)) return true;
        }
        return false;
    }

    private static byte[] resource(String path) {
        try (java.io.InputStream in = ModuleImporter.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** A path as the module's __file__ shows it: absolute when the sys.path entry is. */
    private static String display(String dir, String rest) {
        if (dir.isEmpty()) return Path.of(rest).toAbsolutePath().normalize().toString();
        return dir.endsWith("/") ? dir + rest : dir + "/" + rest;
    }

    private List<String> pathEntries(PyObject searchPath) {
        PyObject path = searchPath != null ? searchPath : interp.sysAttr("path");
        List<String> out = new ArrayList<>();
        if (path == null) return out;
        PyObject it = ObjectProtocol.getIter(path);
        for (PyObject p; (p = ObjectProtocol.next(it)) != null; ) if (p instanceof PyStr s) out.add(s.value());
        return out;
    }

    /** Runs a source file as module {@code name}; {@code packageDir} is non-null for a package's __init__. */
    private PyModule execute(String name, String filename, Path file, String packageDir) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw OsErrors.of(e, filename);
        }
        return execute(name, filename, source, packageDir);
    }

    private PyModule execute(String name, String filename, byte[] source, String packageDir) {
        PyModule m = new PyModule(name);
        m.put("__file__", PyStr.of(filename));
        m.put("__cached__", PySingleton.NONE);
        m.put("__builtins__", interp.builtinsModule);
        PyList path = null;
        if (packageDir != null) {
            path = new PyList();
            path.append(PyStr.of(packageDir));
            m.put("__path__", path);
            m.put("__package__", PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            m.put("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        m.put("__spec__", spec(name, filename, path, true));
        PyStr key = PyStr.of(name);
        interp.modules.putStr(key, m);
        pyj.interp.diagnostics.RuntimeLog.debug(ModuleImporter.class, () -> "import " + name + " from " + filename);
        try {
            PyCode code = CodeExecution.load(SourceCompiler.compile(source, filename, Compiler.Mode.EXEC, 0, -1));
            CodeExecution.evalCode(code, m.dict(), m.dict());
        } catch (PyException | StackOverflowError e) {
            interp.modules.delStr(key);
            throw e;
        }
        return m;
    }

    /** The module's __spec__: the attributes of importlib's ModuleSpec that programs read. */
    /** A built-in module's import-system attributes, as CPython's BuiltinImporter sets them. */
    public static void describeBuiltin(PyModule module, String name) {
        int dot = name.lastIndexOf('.');
        module.put("__spec__", spec(name, "built-in", null, false));
        module.put("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
    }

    private static PyObject spec(String name, String origin, PyList searchLocations, boolean hasLocation) {
        int dot = name.lastIndexOf('.');
        String parent = searchLocations != null ? name : dot < 0 ? "" : name.substring(0, dot);
        return PyNamespace.of("name", PyStr.of(name), "origin", origin == null ? PySingleton.NONE : PyStr.of(origin),
                "submodule_search_locations", searchLocations == null ? PySingleton.NONE : searchLocations,
                "parent", PyStr.of(parent), "has_location", pyj.interp.object.PyBool.of(hasLocation),
                "cached", PySingleton.NONE, "loader", PySingleton.NONE, "loader_state", PySingleton.NONE);
    }

    /** importlib._handle_fromlist: imports submodules named in the fromlist that are not attributes yet. */
    private void handleFromlist(PyObject module, PyObject fromlist, boolean recursive) {
        PyObject it = ObjectProtocol.getIter(fromlist);
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) {
            if (!(x instanceof PyStr s)) {
                String where = recursive ? moduleName(module) + ".__all__" : "``from list''";
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "Item in %s must be str, not %s", where, x.type().name());
            }
            if (s.value().equals("*")) {
                if (!recursive) {
                    PyObject all = ObjectProtocol.lookupAttr(module, ALL);
                    if (all != null) handleFromlist(module, all, true);
                }
                continue;
            }
            if (ObjectProtocol.lookupAttr(module, s) != null) continue;
            String fromName = moduleName(module) + "." + s.value();
            try {
                gcdImport(fromName);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.MODULE_NOT_FOUND_ERROR)) {
                    PyObject n = e.value.dictOrNull() == null ? null : e.value.dict().getStr(NAME_ATTR);
                    PyObject present = interp.modules.getStr(PyStr.of(fromName));
                    if (n instanceof PyStr ns && ns.value().equals(fromName) && present != PySingleton.NONE) continue;
                }
                throw e;
            }
        }
    }

    private static final PyStr NAME_ATTR = PyStr.intern("name");

}
