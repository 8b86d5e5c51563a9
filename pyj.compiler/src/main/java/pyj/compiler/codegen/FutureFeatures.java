// The __future__ imports at the top of a module, which switch compiler features on (CPython's future.c).
package pyj.compiler.codegen;

import java.util.List;

import pyj.compiler.ast.Alias;
import pyj.compiler.ast.Mod;
import pyj.compiler.ast.Stmt;
import pyj.compiler.error.CompileError;
import pyj.compiler.error.Diagnostics;
import pyj.compiler.flowgraph.Location;

/**
 * The CO_FUTURE_* bits a module turns on, and where its last future import ends (a later
 * {@code from __future__ import} is a SyntaxError). Features that are mandatory in Python 3 are
 * accepted and ignored; unknown ones are errors.
 */
public record FutureFeatures(int features, Location lastLocation) {
    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;
    /** PyCF_MASK: the future bits code objects inherit from the compile flags. */
    public static final int CO_FUTURE_MASK = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT
            | CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL
            | CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS;

    private static final List<String> ACCEPTED = List.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "generator_stop");

    public static FutureFeatures parse(Mod mod, Diagnostics diag) {
        List<Stmt> body = switch (mod) {
            case Mod.Module m -> m.body();
            case Mod.Interactive i -> i.body();
            default -> List.of();
        };
        int features = 0;
        Location last = Location.NONE;
        int i = Docstrings.of(body) != null ? 1 : 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom s) || s.level() != 0 || !"__future__".equals(s.module())) break;
            for (Alias a : s.names()) {
                String f = a.name();
                if (ACCEPTED.contains(f)) continue;
                switch (f) {
                    case "barry_as_FLUFL" -> features |= CO_FUTURE_BARRY_AS_BDFL;
                    case "annotations" -> features |= CO_FUTURE_ANNOTATIONS;
                    case "braces" -> throw undefined("not a chance", s, diag);
                    default -> throw undefined("future feature " + f + " is not defined", s, diag);
                }
            }
            last = Location.of(s.pos());
        }
        return new FutureFeatures(features, last);
    }

    /** CPython reports these with only a start (PyErr_SyntaxLocationObject): end_offset is None. */
    private static CompileError undefined(String msg, Stmt.ImportFrom s, Diagnostics diag) {
        return diag.syntaxError(msg, s.pos().line(), s.pos().col(), s.pos().line(), s.pos().col()).withoutEndOffset();
    }
}
