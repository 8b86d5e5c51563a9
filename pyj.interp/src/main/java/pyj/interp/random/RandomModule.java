// The _random module: the Random type, plus the SHA-512 and entropy helpers that pyj's random.py needs.
package pyj.interp.random;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyBytesLike;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;

/**
 * CPython's _random module. pyj has neither hashlib nor os, so random.py takes what CPython gets from
 * them (sha512 for str/bytes seeds, urandom for SystemRandom) from two private functions here.
 */
public final class RandomModule {
    private RandomModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_random");
        m.put("__doc__", PyStr.of("Module implements the Mersenne Twister random number generator."));
        m.put("Random", PyRandom.TYPE);
        m.put("_sha512", MethodDef.function1(m, "_sha512", data -> new PyBytes(sha512(bytesLike(data)))));
        m.put("_urandom", MethodDef.function1(m, "_urandom", n -> new PyBytes(urandom(n))));
        return m;
    }

    private static byte[] bytesLike(PyObject o) {
        if (o instanceof PyBytesLike b) return b.toArray();
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "a bytes-like object is required, not '%s'",
                o.type().name());
    }

    /** The SHA-512 digest, which version-2 seeding appends to a str or bytes seed. */
    private static byte[] sha512(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-512", e);
        }
    }

    /** os.urandom(n): n bytes from the platform's cryptographic generator. */
    private static byte[] urandom(PyObject n) {
        long size = NumberProtocol.index(n).asSsize();
        if (size < 0) throw PyErr.valueError("negative argument not allowed");
        if (size > Integer.MAX_VALUE - 8) throw PyErr.memoryError();
        byte[] out = new byte[(int) size];
        Entropy.SOURCE.nextBytes(out);
        return out;
    }

    /** One generator for the module, created on first use. */
    static final class Entropy {
        static final SecureRandom SOURCE = new SecureRandom();
    }
}
