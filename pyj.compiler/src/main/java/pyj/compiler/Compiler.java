// The compiler's entry point: source text or an AST in, a code object (or an AST) out.
package pyj.compiler;

import pyj.compiler.ast.Mod;
import pyj.compiler.astopt.AstOptimizer;
import pyj.compiler.astopt.ConstantEvaluator;
import pyj.compiler.code.CodeObject;
import pyj.compiler.codegen.CodeGenerator;
import pyj.compiler.codegen.CodegenOptions;
import pyj.compiler.codegen.FutureFeatures;
import pyj.compiler.error.Diagnostics;
import pyj.compiler.error.SourceText;
import pyj.compiler.parse.Parser;
import pyj.compiler.symtable.SymbolTable;
import pyj.compiler.tokenize.SourceDecoder;

/**
 * The pipeline of CPython's compile(): parse, __future__ features, AST constant folding, symbol
 * table, code generation, flow-graph optimisation and assembly. Stack exhaustion on absurdly deep
 * nesting is reported as {@link TooDeep} so that the runtime can raise RecursionError.
 */
public final class Compiler {
    private Compiler() {}

    /** compile() flag: return the AST instead of code. */
    public static final int PyCF_ONLY_AST = CodegenOptions.PyCF_ONLY_AST;
    public static final int PyCF_TYPE_COMMENTS = CodegenOptions.PyCF_TYPE_COMMENTS;
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = CodegenOptions.PyCF_ALLOW_TOP_LEVEL_AWAIT;
    public static final int PyCF_ALLOW_INCOMPLETE_INPUT = CodegenOptions.PyCF_ALLOW_INCOMPLETE_INPUT;
    public static final int PyCF_OPTIMIZED_AST = CodegenOptions.PyCF_OPTIMIZED_AST;
    /** The __future__ feature bits a compilation inherits from the code that calls compile(). */
    public static final int FUTURE_FLAGS = FutureFeatures.CO_FUTURE_MASK;
    /** Every bit compile() accepts in its flags argument. */
    public static final int ALL_FLAGS = FUTURE_FLAGS | PyCF_OPTIMIZED_AST | PyCF_TYPE_COMMENTS
            | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_ALLOW_INCOMPLETE_INPUT | 0x0200 /* PyCF_DONT_IMPLY_DEDENT */
            | 0x0100 /* PyCF_SOURCE_IS_UTF8 */ | 0x0800 /* PyCF_IGNORE_COOKIE */;

    /** compile()'s mode argument. */
    public enum Mode {
        EXEC("exec"), EVAL("eval"), SINGLE("single"), FUNC_TYPE("func_type");

        public final String pythonName;

        Mode(String pythonName) { this.pythonName = pythonName; }

        public static Mode of(String name) {
            for (Mode m : values()) if (m.pythonName.equals(name)) return m;
            return null;
        }
    }

    /**
     * Settings of one compilation: PyCF_ and CO_FUTURE_ flags, the -O level, where warnings go, and
     * the runtime's arithmetic for constant folding.
     */
    public record Options(int flags, int optimize, Diagnostics.WarningSink warnings, ConstantEvaluator evaluator) {}

    /** Nesting too deep to compile: CPython raises RecursionError for this. */
    public static final class TooDeep extends RuntimeException {
        public TooDeep() {
            super("maximum recursion depth exceeded during compilation", null, false, false);
        }
    }

    /** Parses only (compile() with PyCF_ONLY_AST). */
    public static Mod parse(String source, String filename, Mode mode, Options options) {
        SourceText src = new SourceText(SourceDecoder.translateNewlines(source), filename);
        Diagnostics diag = new Diagnostics(src, filename, options.warnings());
        try {
            return parse(src, mode, diag);
        } catch (StackOverflowError e) {
            throw new TooDeep();
        }
    }

    private static Mod parse(SourceText src, Mode mode, Diagnostics diag) {
        Parser p = new Parser(src);
        Mod mod = switch (mode) {
            case EXEC -> p.parseModule();
            case EVAL -> p.parseExpression();
            case SINGLE -> p.parseInteractive();
            case FUNC_TYPE -> throw src.parserError(pyj.compiler.error.CompileError.Kind.SYNTAX_ERROR,
                    "func_type mode is not supported", 1, 0, 1, 0);
        };
        p.reportWarnings(diag);
        return mod;
    }

    /** Compiles source text. */
    public static CodeObject compile(String source, String filename, Mode mode, Options options) {
        SourceText src = new SourceText(SourceDecoder.translateNewlines(source), filename);
        Diagnostics diag = new Diagnostics(src, filename, options.warnings());
        try {
            return compileAst(parse(src, mode, diag), mode, options, diag);
        } catch (StackOverflowError e) {
            throw new TooDeep();
        }
    }

    /** Compiles source bytes, honouring a BOM or coding declaration. */
    public static CodeObject compile(byte[] source, String filename, Mode mode, Options options) {
        return compile(SourceDecoder.decode(source, filename), filename, mode, options);
    }

    /** Compiles an AST (compile() given an ast.AST); source is the text for error messages, or null. */
    public static CodeObject compile(Mod mod, String source, String filename, Mode mode, Options options) {
        SourceText src = source == null ? null : new SourceText(source, filename);
        Diagnostics diag = new Diagnostics(src, filename, options.warnings());
        try {
            return compileAst(mod, mode, options, diag);
        } catch (StackOverflowError e) {
            throw new TooDeep();
        }
    }

    /** Constant-folds an AST without compiling it (compile() with PyCF_OPTIMIZED_AST). */
    public static Mod optimize(Mod mod, String filename, Options options) {
        Diagnostics diag = new Diagnostics(null, filename, options.warnings());
        FutureFeatures future = FutureFeatures.parse(mod, diag);
        int flags = options.flags() | future.features();
        return AstOptimizer.optimize(mod, options.evaluator(), options.optimize(),
                (flags & FutureFeatures.CO_FUTURE_ANNOTATIONS) != 0);
    }

    private static CodeObject compileAst(Mod mod, Mode mode, Options options, Diagnostics diag) {
        FutureFeatures future = FutureFeatures.parse(mod, diag);
        int flags = options.flags() | future.features();
        mod = AstOptimizer.optimize(mod, options.evaluator(), options.optimize(),
                (flags & FutureFeatures.CO_FUTURE_ANNOTATIONS) != 0);
        SymbolTable st = SymbolTable.build(mod, (msg, pos) -> diag.syntaxError(msg, pos.line(), pos.col(),
                pos.endLine(), pos.endCol()), (flags & FutureFeatures.CO_FUTURE_ANNOTATIONS) != 0);
        CodegenOptions cg = new CodegenOptions(options.flags(), options.optimize(), mode == Mode.SINGLE);
        return CodeGenerator.compile(mod, st, diag, cg, future);
    }
}
