// The modules built into the runtime (sys.builtin_module_names) and how each is created.
package pyj.interp.modules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import pyj.interp.eval.Interpreter;
import pyj.interp.object.PyModule;

/**
 * Modules written in Java. sys and builtins exist from start-up; the others are created on first
 * import, so a program that never imports dis never pays for it.
 */
public final class BuiltinModules {
    private BuiltinModules() {}

    private static final Map<String, Supplier<PyModule>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put("builtins", () -> Interpreter.main().builtinsModule);
        FACTORIES.put("sys", () -> Interpreter.main().sys);
        FACTORIES.put("dis", DisModule::create);
        FACTORIES.put("_ast", pyj.interp.ast.AstObjects::createModule);
        FACTORIES.put("_typing", pyj.interp.typing.TypeParameters::createModule);
        FACTORIES.put("_io", pyj.interp.io.IOModule::createIo);
        FACTORIES.put("io", pyj.interp.io.IOModule::createPublicIo);
        FACTORIES.put("math", pyj.interp.math.MathModule::create);
        FACTORIES.put("time", pyj.interp.time.TimeModule::create);
        FACTORIES.put("itertools", pyj.interp.itertools.ItertoolsModule::create);
        FACTORIES.put("_collections", pyj.interp.collections.CollectionsModule::create);
        FACTORIES.put("operator", pyj.interp.operator.OperatorModule::create);
        FACTORIES.put("_functools", pyj.interp.functools.FunctoolsModule::create);
        FACTORIES.put("_random", pyj.interp.random.RandomModule::create);
        FACTORIES.put("posix", pyj.interp.posix.PosixModule::create);
    }

    /** The names of the built-in modules, sorted (sys.builtin_module_names). */
    public static List<String> names() {
        return FACTORIES.keySet().stream().sorted().toList();
    }

    /** A new instance of the built-in module {@code name}, or null if there is none. */
    public static PyModule create(String name) {
        Supplier<PyModule> f = FACTORIES.get(name);
        return f == null ? null : f.get();
    }

    /**
     * The Java entry point that {@code -m name} runs for a built-in module that has one (as
     * CPython runs a module's {@code if __name__ == "__main__"} block), or null.
     */
    public static ModuleMain mainOf(String name) {
        return name.equals("dis") ? DisMain::run : null;
    }

    /** A built-in module's command-line behaviour; returns the exit status. */
    @FunctionalInterface
    public interface ModuleMain {
        int run(List<String> args);
    }
}
