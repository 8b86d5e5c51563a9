// The math module: its functions in CPython's order, and the constants pi, e, tau, inf and nan.
package pyj.interp.math;

import java.util.List;

import pyj.interp.object.PyFloat;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyStr;
import pyj.interp.numerics.ExpLog;
import pyj.interp.numerics.Exponential;
import pyj.interp.numerics.Fdlibm;
import pyj.interp.numerics.Trigonometry;

/**
 * Creates math as CPython 3.13 lays it out (vars(math) lists the functions in its method-table
 * order, then the constants). The numerics behind it aim at CPython-on-glibc's exact results; see
 * {@link ExpLog}, {@link Exponential}, {@link Trigonometry} and {@link Fdlibm} for how.
 */
public final class MathModule {
    private MathModule() {}

    private static final List<String> ORDER = List.of("acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh",
            "cbrt", "ceil", "copysign", "cos", "cosh", "degrees", "dist", "erf", "erfc", "exp", "exp2", "expm1",
            "fabs", "factorial", "floor", "fma", "fmod", "frexp", "fsum", "gamma", "gcd", "hypot", "isclose",
            "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp", "lgamma", "log", "log1p", "log10", "log2", "modf",
            "pow", "radians", "remainder", "sin", "sinh", "sqrt", "tan", "tanh", "sumprod", "trunc", "prod", "perm",
            "comb", "nextafter", "ulp");

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.put("__doc__", PyStr.of("This module provides access to the mathematical functions\n"
                + "defined by the C standard."));
        FunctionTable table = new FunctionTable(m);
        FloatFunctions.define(table);
        FloatRepresentation.define(table);
        Logarithms.define(table);
        Rounding.define(table);
        IntegerFunctions.define(table);
        Summation.define(table);
        VectorNorm.define(table);
        for (String name : ORDER) m.put(name, table.get(name));
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        return m;
    }
}
