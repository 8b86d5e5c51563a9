// C3 linearization of a class's bases (the method resolution order).
package pyj.interp.object;

import java.util.ArrayList;
import java.util.List;

public final class Mro {
    private Mro() {}

    /** The C3 MRO of a class with these bases, or TypeError when none is consistent. */
    public static PyType[] compute(PyType cls, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro())));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(cls);
        for (;;) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return out.toArray(new PyType[0]);
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder sb = new StringBuilder();
                List<PyType> seen = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    PyType head = s.get(0);
                    if (seen.contains(head)) continue;
                    seen.add(head);
                    if (sb.length() > 0) sb.append(", ");
                    sb.append(head.name());
                }
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "Cannot create a consistent method resolution order (MRO) for bases %s", sb);
            }
            out.add(candidate);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) s.remove(0);
            }
        }
    }
}
