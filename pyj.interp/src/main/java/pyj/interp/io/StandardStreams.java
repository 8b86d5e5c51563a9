// sys.stdin, sys.stdout and sys.stderr as CPython's create_stdio makes them: TextIOWrapper over Buffered* over FileIO 0-2.
package pyj.interp.io;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;

/**
 * stdout is block-buffered unless it is a terminal, stderr always line-buffered, and with -u
 * (unbuffered) the text layers write through to a bare FileIO. Text is UTF-8 (or PYTHONIOENCODING)
 * with newline "\n"; the error handler comes from the locale, backslashreplace for stderr.
 */
public record StandardStreams(PyTextIO stdin, PyTextIO stdout, PyTextIO stderr) {

    /** The process's own descriptors 0, 1 and 2. */
    public static StandardStreams ofProcess(boolean stdinTty, boolean stdoutTty, boolean stderrTty,
                                            boolean unbuffered) {
        return build(new FileHandle.Channel(new FileInputStream(FileDescriptor.in).getChannel(), stdinTty),
                new FileHandle.Channel(new FileOutputStream(FileDescriptor.out).getChannel(), stdoutTty),
                new FileHandle.Channel(new FileOutputStream(FileDescriptor.err).getChannel(), stderrTty), unbuffered);
    }

    /** Streams an embedder (or a test) supplies; {@code terminal} makes them behave as terminals. */
    public static StandardStreams of(InputStream in, OutputStream out, OutputStream err, boolean terminal,
                                     boolean unbuffered) {
        return build(new FileHandle.Stream(in, null, terminal), new FileHandle.Stream(null, out, terminal),
                new FileHandle.Stream(null, err, terminal), unbuffered);
    }

    private static StandardStreams build(FileHandle in, FileHandle out, FileHandle err, boolean unbuffered) {
        DescriptorTable.install(in, out, err);
        LocaleEncoding locale = LocaleEncoding.current();
        String encoding = "utf-8";
        String errors = locale.stdioErrors();
        String env = System.getenv("PYTHONIOENCODING");
        boolean envErrors = false;
        if (env != null && !env.isEmpty()) {
            int colon = env.indexOf(':');
            String enc = colon < 0 ? env : env.substring(0, colon);
            if (!enc.isEmpty()) encoding = enc;
            if (colon >= 0 && colon + 1 < env.length()) {
                errors = env.substring(colon + 1);
                envErrors = true;
            }
        }
        PyTextIO stdin = stream(0, "<stdin>", encoding, errors, unbuffered);
        PyTextIO stdout = stream(1, "<stdout>", encoding, errors, unbuffered);
        PyTextIO stderr = stream(2, "<stderr>", encoding, envErrors ? errors : "backslashreplace", unbuffered);
        return new StandardStreams(stdin, stdout, stderr);
    }

    private static PyTextIO stream(int fd, String name, String encoding, String errors, boolean unbuffered) {
        boolean read = fd == 0;
        PyFileIO raw = PyFileIO.standard(fd, name, read);
        PyObject buffer = unbuffered && !read ? raw
                : PyBuffered.create(read ? PyBuffered.READER_TYPE : PyBuffered.WRITER_TYPE, raw, PyFileIO.BLKSIZE);
        boolean tty = DescriptorTable.current().get(fd).isTerminal();
        boolean lineBuffering = !unbuffered && (tty || fd == 2);
        PyTextIO text = PyTextIO.create(buffer, PyStr.of(encoding), PyStr.of(errors), PyStr.intern("\n"), lineBuffering,
                unbuffered);
        text.dict().putStr(PyStr.intern("mode"), PyStr.intern(read ? "r" : "w"));
        return text;
    }
}
