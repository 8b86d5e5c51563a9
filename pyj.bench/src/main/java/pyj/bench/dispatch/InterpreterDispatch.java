// JMH benchmarks of tier-1 instruction dispatch: what one iteration of a small Python loop costs.
package pyj.bench.dispatch;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.runtime.OptimizerSelection;
import pyj.interp.runtime.PythonRuntime;
import pyj.interp.runtime.RuntimeConfig;

/**
 * Each benchmark calls one Python function that runs a {@code for} loop {@value #ITERATIONS} times,
 * and JMH divides by that count ({@link OperationsPerInvocation}), so a score is nanoseconds per
 * loop iteration; the call, {@code range()} and the return are spread over the iterations and
 * vanish in the noise. Dividing a score by the instructions one iteration executes (listed on each
 * benchmark, counted from {@code ./pyj -m dis}, whose listings the tests hold to CPython 3.13's)
 * gives the average cost of one dispatched instruction, handler included.
 *
 * <p>Tier 2 is off ({@code -X optimizer=none}), so every iteration runs in the tier-1 loop;
 * JUMP_BACKWARD then skips its back-edge counter, as it does in any run without an optimizer.
 * There is no benchmark of a trace compiled to native code: the copy-and-patch JIT does not
 * compile traces yet.
 *
 * <p>The functions are compiled and defined once per fork, and called from the JMH thread through
 * the interpreter's own call protocol (reachable because this module runs on the class path).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class InterpreterDispatch {
    /** Loop iterations per call: enough that the per-call cost is below 0.1 % of a score. */
    static final int ITERATIONS = 100_000;

    private static final String PROGRAM = """
            def int_loop(n):
                total = 0
                for i in range(n):
                    total += i * i
                return total

            def float_loop(n):
                x = 0.5
                for i in range(n):
                    x = x * 0.999 + 0.25
                return x

            class Point:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y

                def norm1(self):
                    return self.x + self.y

            def attribute_loop(n):
                p = Point(3, 4)
                total = 0
                for i in range(n):
                    total += p.x + p.y
                return total

            def method_loop(n):
                p = Point(3, 4)
                total = 0
                for i in range(n):
                    total += p.norm1()
                return total

            def add1(a):
                return a + 1

            def call_loop(n):
                total = 0
                for i in range(n):
                    total = add1(total)
                return total

            def empty_loop(n):
                for i in range(n):
                    pass
            """;

    private PyObject intLoopFunction;
    private PyObject floatLoopFunction;
    private PyObject attributeLoopFunction;
    private PyObject methodLoopFunction;
    private PyObject callLoopFunction;
    private PyObject emptyLoopFunction;
    private PyObject iterations;

    @Setup(Level.Trial)
    public void defineFunctions() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RuntimeConfig.Streams streams = new RuntimeConfig.Streams(InputStream.nullInputStream(),
                OutputStream.nullOutputStream(), err, false);
        RuntimeConfig config = new RuntimeConfig("pyj", "pyj", List.of("-c"), List.of("pyj", "-c", "<benchmarks>"),
                "", List.of(), 0, false, true, false, OptimizerSelection.NONE, Map.of(),
                RuntimeConfig.DEFAULT_BACK_EDGE_THRESHOLD, streams);
        PythonRuntime runtime = PythonRuntime.create(config);
        int status = runtime.runCommand(PROGRAM);
        if (status != 0) {
            throw new IllegalStateException("defining the benchmark functions failed (status " + status + "):\n"
                    + err.toString(StandardCharsets.UTF_8));
        }
        PyModule main = runtime.mainModule();
        intLoopFunction = main.get("int_loop");
        floatLoopFunction = main.get("float_loop");
        attributeLoopFunction = main.get("attribute_loop");
        methodLoopFunction = main.get("method_loop");
        callLoopFunction = main.get("call_loop");
        emptyLoopFunction = main.get("empty_loop");
        iterations = PyInt.of(ITERATIONS);
        checkResults();
    }

    /** A benchmark that computes the wrong thing measures nothing: each function's result, once. */
    private void checkResults() {
        long sumOfSquares = 0;
        double x = 0.5;
        for (int i = 0; i < ITERATIONS; i++) {
            sumOfSquares += (long) i * i;
            x = x * 0.999 + 0.25;
        }
        expectInt("int_loop", intArithmetic(), sumOfSquares);
        expectInt("attribute_loop", attributeLoad(), 7L * ITERATIONS);
        expectInt("method_loop", methodCall(), 7L * ITERATIONS);
        expectInt("call_loop", functionCall(), ITERATIONS);
        PyObject f = floatArithmetic();
        if (!(f instanceof PyFloat pf) || pf.value != x) {
            throw new IllegalStateException("float_loop returned " + ObjectProtocol.reprString(f) + ", not " + x);
        }
        PyObject none = emptyLoop();
        if (none != PySingleton.NONE) {
            throw new IllegalStateException("empty_loop returned " + ObjectProtocol.reprString(none));
        }
    }

    private static void expectInt(String function, PyObject result, long expected) {
        if (!(result instanceof PyInt i) || !i.isSmall() || i.value != expected) {
            throw new IllegalStateException(function + " returned " + ObjectProtocol.reprString(result)
                    + ", not " + expected);
        }
    }

    /**
     * {@code total += i * i}: 8 instructions an iteration: FOR_ITER, STORE_FAST,
     * LOAD_FAST_LOAD_FAST, LOAD_FAST, BINARY_OP (*), BINARY_OP (+=), STORE_FAST, JUMP_BACKWARD.
     */
    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public PyObject intArithmetic() {
        return ObjectProtocol.call(intLoopFunction, iterations);
    }

    /**
     * {@code x = x * 0.999 + 0.25}: 9 instructions an iteration: FOR_ITER, STORE_FAST, LOAD_FAST,
     * LOAD_CONST, BINARY_OP (*), LOAD_CONST, BINARY_OP (+), STORE_FAST, JUMP_BACKWARD.
     */
    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public PyObject floatArithmetic() {
        return ObjectProtocol.call(floatLoopFunction, iterations);
    }

    /**
     * {@code total += p.x + p.y} on an instance of a two-attribute class: 10 instructions an
     * iteration: FOR_ITER, STORE_FAST, LOAD_FAST_LOAD_FAST, LOAD_ATTR (x), LOAD_FAST, LOAD_ATTR (y),
     * BINARY_OP (+), BINARY_OP (+=), STORE_FAST, JUMP_BACKWARD.
     */
    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public PyObject attributeLoad() {
        return ObjectProtocol.call(attributeLoopFunction, iterations);
    }

    /**
     * {@code total += p.norm1()}, a method returning {@code self.x + self.y}: 15 instructions an
     * iteration: in the loop FOR_ITER, STORE_FAST, LOAD_FAST_LOAD_FAST, LOAD_ATTR (method), CALL 0,
     * BINARY_OP (+=), STORE_FAST, JUMP_BACKWARD (8); in the method RESUME, LOAD_FAST, LOAD_ATTR,
     * LOAD_FAST, LOAD_ATTR, BINARY_OP (+), RETURN_VALUE (7). Plus one frame pushed and popped.
     */
    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public PyObject methodCall() {
        return ObjectProtocol.call(methodLoopFunction, iterations);
    }

    /**
     * {@code total = add1(total)}, a module-level function returning {@code a + 1}: 12 instructions
     * an iteration: in the loop FOR_ITER, STORE_FAST, LOAD_GLOBAL, LOAD_FAST, CALL 1, STORE_FAST,
     * JUMP_BACKWARD (7); in the function RESUME, LOAD_FAST, LOAD_CONST, BINARY_OP (+), RETURN_VALUE
     * (5). Plus one frame pushed and popped.
     */
    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public PyObject functionCall() {
        return ObjectProtocol.call(callLoopFunction, iterations);
    }

    /**
     * {@code for i in range(n): pass}: 3 instructions an iteration, FOR_ITER, STORE_FAST,
     * JUMP_BACKWARD: the floor under every loop above, dispatch plus a range step.
     */
    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public PyObject emptyLoop() {
        return ObjectProtocol.call(emptyLoopFunction, iterations);
    }
}
