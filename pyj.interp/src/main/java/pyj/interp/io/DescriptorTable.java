// The runtime's file descriptor numbers: 0-2 for the standard streams and the lowest free number for each file opened.
package pyj.interp.io;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;

/**
 * Java does not reveal the operating system's descriptors, so pyj numbers open files itself, the
 * way POSIX open(2) does: the lowest unused number. fileno() answers with it and open(fd) looks it
 * up. Each runtime installs a fresh table; like the interpreter, the newest one is current.
 */
public final class DescriptorTable {
    private static volatile DescriptorTable current = new DescriptorTable();

    private final TreeMap<Integer, FileHandle> open = new TreeMap<>();
    /** The buffered and text objects open() made, oldest first: flushed at exit if still open. */
    private final List<Tracked> streams = new ArrayList<>();

    /**
     * A stream that can still hold written data is kept alive until it is closed, or its data would
     * vanish with it (Java cannot flush an object it is collecting); a read-only one may go.
     */
    private record Tracked(PyObject strong, WeakReference<PyObject> weak) {
        PyObject get() { return strong != null ? strong : weak.get(); }

        boolean finished() {
            PyObject s = get();
            return s == null || s instanceof PyTextIO t && t.isClosed() || s instanceof PyBuffered b && b.isClosed();
        }
    }

    private DescriptorTable() {}

    static DescriptorTable current() { return current; }

    /** Makes a table with the standard streams as 0, 1 and 2 the current one. */
    static DescriptorTable install(FileHandle stdin, FileHandle stdout, FileHandle stderr) {
        DescriptorTable t = new DescriptorTable();
        t.open.put(0, stdin);
        t.open.put(1, stdout);
        t.open.put(2, stderr);
        current = t;
        return t;
    }

    synchronized int add(FileHandle h) {
        int fd = 0;
        for (int used : open.keySet()) {
            if (used != fd) break;
            fd++;
        }
        open.put(fd, h);
        return fd;
    }

    synchronized FileHandle get(int fd) { return open.get(fd); }

    /** Forgets {@code fd} if it still stands for {@code h} (the number may have been reused). */
    synchronized void remove(int fd, FileHandle h) {
        if (open.get(fd) == h) open.remove(fd);
    }

    /** Remembers a stream open() made, to flush it at exit if the program never closes it. */
    synchronized void track(PyObject stream, boolean writable) {
        if (streams.size() >= 64 && streams.size() % 64 == 0) streams.removeIf(Tracked::finished);
        streams.add(writable ? new Tracked(stream, null) : new Tracked(null, new WeakReference<>(stream)));
    }

    /**
     * At exit, what CPython's finalizers do for files a program leaves open: flush what they
     * buffered (text layers before the binary ones under them) and close the descriptors. The
     * standard streams stay open.
     */
    public static void closeAtExit() {
        DescriptorTable t = current;
        List<PyObject> live = new ArrayList<>();
        synchronized (t) {
            for (Tracked r : t.streams) {
                PyObject s = r.get();
                if (s != null) live.add(s);
            }
            t.streams.clear();
        }
        for (int i = live.size() - 1; i >= 0; i--) {
            PyObject s = live.get(i);
            try {
                if (!ObjectProtocol.isTrue(ObjectProtocol.getAttr(s, "closed"))) ObjectProtocol.callMethod(s, "flush");
            } catch (PyException ignored) {
                // as at CPython's shutdown, a failing flush of an abandoned file is not reported
            }
        }
        t.closeFiles();
    }

    /** Closes every file the program left open, keeping the standard streams. */
    private void closeFiles() {
        List<FileHandle> files;
        synchronized (this) {
            files = new ArrayList<>();
            open.forEach((fd, h) -> {
                if (fd > 2) files.add(h);
            });
            open.keySet().removeIf(fd -> fd > 2);
        }
        for (FileHandle h : files) {
            try {
                h.close();
            } catch (IOException ignored) {
                // the process is ending; nothing can report it
            }
        }
    }
}
