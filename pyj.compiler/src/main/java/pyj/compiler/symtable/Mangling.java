// Private name mangling: __x inside class C becomes _C__x.
package pyj.compiler.symtable;

public final class Mangling {
    private Mangling() {}

    /** CPython's _Py_Mangle. */
    public static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) return name;
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') i++;
        if (i == className.length()) return name;
        return "_" + className.substring(i) + name;
    }
}
