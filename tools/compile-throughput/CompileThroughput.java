// Measures how fast pyj compiles source to code objects: lines per second over a list of files.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import pyj.compiler.Compiler;
import pyj.compiler.error.CompileError;
import pyj.interp.runtime.PythonRuntime;

/**
 * Run by tools/compile-throughput. Reads every file first, compiles them all WARMUP times so the
 * JIT has compiled the compiler, then times ROUNDS passes and prints "files lines seconds" for
 * the best pass: the same protocol the CPython side of the tool follows.
 */
public class CompileThroughput {
    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<String> paths = Files.readAllLines(Path.of(args[2]));
        List<byte[]> sources = new ArrayList<>();
        long lines = 0;
        for (String p : paths) {
            byte[] b = Files.readAllBytes(Path.of(p));
            sources.add(b);
            for (byte x : b) if (x == '\n') lines++;
        }
        Compiler.Options options = PythonRuntime.compilerOptions(0);
        double best = Double.MAX_VALUE;
        for (int r = 0; r < warmup + rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < sources.size(); i++) {
                try {
                    Compiler.compile(sources.get(i), paths.get(i), Compiler.Mode.EXEC, options);
                } catch (CompileError e) {
                    throw new IllegalStateException(paths.get(i) + " does not compile: " + e);
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (r >= warmup) best = Math.min(best, s);
        }
        System.out.println(sources.size() + " " + lines + " " + best);
    }
}
