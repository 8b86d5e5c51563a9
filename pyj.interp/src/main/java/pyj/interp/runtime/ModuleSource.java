// Locating a source module for `-m NAME` (runpy): a module file, or a package's __main__.py.
package pyj.interp.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import pyj.interp.eval.Interpreter;
import pyj.interp.io.OsErrors;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;

/** What runpy._get_module_details finds: the file to run and the package it belongs to. */
record ModuleSource(String file, String packageName, byte[] source) {

    /** Finds {@code name}; its parent packages are imported first, as runpy does. Null if not found. */
    static ModuleSource find(Interpreter interp, String name) {
        int dot = name.lastIndexOf('.');
        PyObject searchPath;
        if (dot >= 0) {
            interp.importer.importModule(name.substring(0, dot), null, PySingleton.NONE, 0);
            PyObject parent = interp.modules.getStr(PyStr.of(name.substring(0, dot)));
            searchPath = ObjectProtocol.lookupAttr(parent, PyStr.intern("__path__"));
            if (searchPath == null) return null;
        } else {
            searchPath = interp.sysAttr("path");
        }
        String last = name.substring(dot + 1);
        PyObject it = ObjectProtocol.getIter(searchPath);
        for (PyObject entry; (entry = ObjectProtocol.next(it)) != null; ) {
            if (!(entry instanceof PyStr s)) continue;
            Path base = Path.of(s.value().isEmpty() ? "." : s.value()).toAbsolutePath().normalize();
            Path pkgMain = base.resolve(last).resolve("__main__.py");
            if (Files.isRegularFile(base.resolve(last).resolve("__init__.py")) && Files.isRegularFile(pkgMain)) {
                interp.importer.importModule(name, null, PySingleton.NONE, 0);
                return read(pkgMain, name);
            }
            Path file = base.resolve(last + ".py");
            if (Files.isRegularFile(file)) return read(file, dot < 0 ? "" : name.substring(0, dot));
        }
        return null;
    }

    private static ModuleSource read(Path file, String pkg) {
        try {
            return new ModuleSource(file.toString(), pkg, Files.readAllBytes(file));
        } catch (IOException e) {
            throw OsErrors.of(e, file.toString());
        }
    }
}
