// "Did you mean: ...?" for NameError, AttributeError and ImportError, as CPython 3.13 suggests.
package pyj.interp.traceback;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import pyj.interp.eval.Interpreter;
import pyj.interp.eval.PyTraceback;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;

/**
 * The closest name by CPython's Levenshtein distance (Python/suggestions.c: moves cost 2, case
 * changes 1, computed on UTF-8 bytes, at most a third of the characters changed), plus the
 * "Did you forget to import" hint for NameErrors naming a standard-library module.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static Set<String> stdlibNames;

    /** The text appended to the exception's message, or "". */
    static String forException(PyBaseException exc) {
        try {
            return compute(exc);
        } catch (PyException e) {
            return "";
        }
    }

    private static String compute(PyBaseException exc) {
        boolean isName = exc.type().isSubtypeOf(ExceptionTypes.NAME_ERROR);
        boolean isAttr = exc.type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR);
        boolean isImport = exc.type().isSubtypeOf(ExceptionTypes.IMPORT_ERROR);
        String suffix = "";
        if (isImport) {
            PyObject from = attr(exc, "name_from");
            if (!(from instanceof PyStr wrong)) return "";
            String s = suggest(exc, wrong.value(), Kind.IMPORT);
            return s == null ? "" : ". Did you mean: '" + s + "'?";
        }
        if (!isName && !isAttr) return "";
        PyObject name = attr(exc, "name");
        if (!(name instanceof PyStr wrong)) return "";
        String s = suggest(exc, wrong.value(), isAttr ? Kind.ATTRIBUTE : Kind.NAME);
        if (s != null) suffix = ". Did you mean: '" + s + "'?";
        if (isName && stdlibModuleNames().contains(wrong.value())) {
            suffix += s != null ? " Or did you forget to import '" + wrong.value() + "'?"
                    : ". Did you forget to import '" + wrong.value() + "'?";
        }
        return suffix;
    }

    private enum Kind { NAME, ATTRIBUTE, IMPORT }

    private static String suggest(PyBaseException exc, String wrong, Kind kind) {
        List<String> candidates = new ArrayList<>();
        PyTraceback tb = exc.traceback() instanceof PyTraceback t ? t : null;
        while (tb != null && tb.next != null) tb = tb.next;
        switch (kind) {
            case ATTRIBUTE -> {
                PyObject obj = attr(exc, "obj");
                if (obj == null) return null;
                boolean hide = !wrong.startsWith("_");
                if (hide && tb != null) {
                    PyObject locals = ObjectProtocol.getAttr(tb.frame, "f_locals");
                    if (locals instanceof PyDict d && d.getStr(PyStr.intern("self")) == obj) hide = false;
                }
                for (String n : dir(obj)) if (!hide || !n.startsWith("_")) candidates.add(n);
            }
            case IMPORT -> {
                PyObject modName = attr(exc, "name");
                if (!(modName instanceof PyStr mn)) return null;
                PyObject mod = Interpreter.main().importer.importModule(mn.value(), null, PySingleton.NONE, 0);
                for (String n : dir(mod)) if (wrong.startsWith("_") || !n.startsWith("_")) candidates.add(n);
            }
            case NAME -> {
                if (tb == null) return null;
                PyObject locals = ObjectProtocol.getAttr(tb.frame, "f_locals");
                keys(locals, candidates);
                keys(tb.frame.globals, candidates);
                keys(tb.frame.builtins, candidates);
                if (locals instanceof PyDict d) {
                    PyObject self = d.getStr(PyStr.intern("self"));
                    if (self != null && ObjectProtocol.lookupAttr(self, PyStr.of(wrong)) != null) return "self." + wrong;
                }
            }
        }
        return closest(candidates, wrong);
    }

    private static PyObject attr(PyObject o, String name) {
        return ObjectProtocol.lookupAttr(o, PyStr.intern(name));
    }

    private static void keys(PyObject mapping, List<String> into) {
        PyObject it = ObjectProtocol.getIter(mapping);
        for (PyObject k; (k = ObjectProtocol.next(it)) != null; ) if (k instanceof PyStr s) into.add(s.value());
    }

    private static List<String> dir(PyObject o) {
        PyObject dir = Interpreter.main().builtins.getStr(PyStr.intern("dir"));
        List<String> out = new ArrayList<>();
        keys(ObjectProtocol.call(dir, o), out);
        return out;
    }

    /** suggestions.c calculate_suggestions. */
    static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) return null;
        byte[] a = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) continue;
            byte[] b = item.getBytes(StandardCharsets.UTF_8);
            int maxDistance = (a.length + b.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int d = levenshtein(a, b, maxDistance);
            if (d > maxDistance) continue;
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitutionCost(byte x, byte y) {
        if (x == y) return 0;
        return lower(x) == lower(y) ? CASE_COST : MOVE_COST;
    }

    private static int lower(byte c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

    private static int levenshtein(byte[] a, byte[] b, int maxCost) {
        if (java.util.Arrays.equals(a, b)) return 0;
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length;
        int bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aEnd > aStart && bEnd > bStart && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int na = aEnd - aStart;
        int nb = bEnd - bStart;
        if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
        if (na > MAX_STRING_SIZE || nb > MAX_STRING_SIZE) return maxCost + 1;
        if (nb < na) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tn = na;
            na = nb;
            nb = tn;
        }
        if ((nb - na) * MOVE_COST > maxCost) return maxCost + 1;
        int[] row = new int[na];
        for (int i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int bi = 0; bi < nb; bi++) {
            byte bc = b[bStart + bi];
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < na; i++) {
                int substitute = distance + substitutionCost(bc, a[aStart + i]);
                distance = row[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }

    private static Set<String> stdlibModuleNames() {
        if (stdlibNames == null) stdlibNames = Set.copyOf(StandardLibraryNames.all());
        return stdlibNames;
    }
}
