// os.stat_result: the unix file attributes Java reads for a path, as CPython's struct sequence.
package pyj.interp.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStructSeq;
import pyj.interp.object.PyType;

/**
 * The ten tuple fields (the three times as whole seconds) and the named-only float and nanosecond
 * times. st_blksize and st_blocks are absent: the JDK's "unix" attribute view does not report them.
 */
final class StatResult {
    private StatResult() {}

    // The tuple's three integer times carry the float times' names, so the repr names them as CPython's does;
    // the later definitions give the attributes their float values.
    static final PyType TYPE = PyStructSeq.newType("os", "stat_result", 10, "st_mode", "st_ino", "st_dev",
            "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime", "st_atime", "st_mtime",
            "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_rdev");

    static PyObject of(FsPath p, boolean follow) throws IOException {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> a = Files.readAttributes(p.path(), "unix:*", opts);
        Instant at = ((FileTime) a.get("lastAccessTime")).toInstant();
        Instant mt = ((FileTime) a.get("lastModifiedTime")).toInstant();
        Instant ct = ((FileTime) a.get("ctime")).toInstant();
        PyObject[] items = {
            PyInt.of(((Number) a.get("mode")).longValue()), PyInt.of(((Number) a.get("ino")).longValue()),
            PyInt.of(((Number) a.get("dev")).longValue()), PyInt.of(((Number) a.get("nlink")).longValue()),
            PyInt.of(((Number) a.get("uid")).longValue()), PyInt.of(((Number) a.get("gid")).longValue()),
            PyInt.of(((Number) a.get("size")).longValue()),
            PyInt.of(at.getEpochSecond()), PyInt.of(mt.getEpochSecond()), PyInt.of(ct.getEpochSecond()),
        };
        return PyStructSeq.withNamed(TYPE, items, seconds(at), seconds(mt), seconds(ct), nanos(at), nanos(mt),
                nanos(ct), PyInt.of(((Number) a.get("rdev")).longValue()));
    }

    /** CPython's float time: whole seconds plus the nanoseconds scaled, in that order of rounding. */
    private static PyObject seconds(Instant t) {
        return PyFloat.of((double) t.getEpochSecond() + t.getNano() * 1e-9);
    }

    private static PyObject nanos(Instant t) {
        return PyInt.of(java.math.BigInteger.valueOf(t.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(t.getNano())));
    }
}
