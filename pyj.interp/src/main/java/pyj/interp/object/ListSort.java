// list.sort: a stable merge sort using only '<', robust to inconsistent comparisons.
package pyj.interp.object;

/**
 * Stable sort by Python's {@code <}. Java's TimSort may throw on inconsistent comparators (NaNs,
 * mixed-order objects); CPython never does, so this is a plain stable merge sort with insertion
 * sort for short runs. With a key function keys are computed once, as CPython does; with
 * reverse=True the list is reversed, sorted, and reversed again to stay stable.
 */
final class ListSort {
    private ListSort() {}

    static void sort(PyList list, PyObject key, boolean reverse) {
        PyObject[] items = list.toArray();
        int n = items.length;
        // CPython empties the list while sorting so mutation is detected.
        list.setItems(new PyObject[0], 0);
        try {
            PyObject[] keys = items;
            if (key != PySingleton.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = ObjectProtocol.call(key, items[i]);
            }
            if (reverse) {
                reverse(keys);
                if (keys != items) reverse(items);
            }
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) idx[i] = i;
            mergeSort(idx, new int[n], 0, n, keys);
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) out[i] = items[idx[i]];
            if (reverse) reverse(out);
            if (list.size() != 0) throw PyErr.valueError("list modified during sort");
            list.setItems(out, n);
        } catch (PyException e) {
            if (list.size() == 0) list.setItems(items, n);
            throw e;
        }
    }

    private static void reverse(PyObject[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean lt(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return IntOps.compare(x, y) < 0;
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return PyStr.compareCodePoints(((PyStr) a).value(), ((PyStr) b).value()) < 0;
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) return ((PyFloat) a).value < ((PyFloat) b).value;
        return ObjectProtocol.richCompareBool(a, b, CompareOp.LT);
    }

    private static void mergeSort(int[] idx, int[] tmp, int lo, int hi, PyObject[] keys) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int v = idx[i];
                int j = i;
                while (j > lo && lt(keys[v], keys[idx[j - 1]])) {
                    idx[j] = idx[j - 1];
                    j--;
                }
                idx[j] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(idx, tmp, lo, mid, keys);
        mergeSort(idx, tmp, mid, hi, keys);
        if (!lt(keys[idx[mid]], keys[idx[mid - 1]])) return;
        System.arraycopy(idx, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (lt(keys[tmp[j]], keys[tmp[i]])) idx[k++] = tmp[j++];
            else idx[k++] = tmp[i++];
        }
        while (i < mid) idx[k++] = tmp[i++];
        while (j < hi) idx[k++] = tmp[j++];
    }
}
