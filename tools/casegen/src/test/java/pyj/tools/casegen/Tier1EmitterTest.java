// Golden tests of the generator: small definitions in, exact Java out.
package pyj.tools.casegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Tier1EmitterTest {

    private static String handler(String definition) {
        InstructionSet set = new InstructionSet(new DefinitionParser(definition, "test.def").parse());
        String all = new Tier1Emitter(set).emitCases("// header\n");
        int start = all.indexOf("    static int ");
        int end = all.indexOf("\n    }\n", start) + 7;
        return all.substring(start, end);
    }

    @Test
    void twoInputsOneOutputAndACacheEntry() {
        String out = handler("""
                inst(BINARY_SUBSCR, 5, (counter/1, container, sub -- res)) {
                    res = ObjectProtocol.getItem(container, sub);
                }
                """);
        assertEquals("""
                    static int BINARY_SUBSCR(PyFrame f, int oparg, int next) {
                        final PyObject[] s = f.localsplus;
                        final int sp = f.sp;
                        final int base = sp - (2);
                        PyObject container = s[base];
                        PyObject sub = s[base + 1];
                        PyObject res;
                        final int counter = next + 0;
                        if (true) {
                            res = ObjectProtocol.getItem(container, sub);
                        }
                        s[base] = res;
                        s[base + 1] = null;
                        f.sp = base + 1;
                        return next + 1;
                    }
                """, out);
    }

    @Test
    void anInstructionWithoutStackEffectJustSkipsItself() {
        String out = handler("""
                inst(NOP, 27, (--)) {
                }
                """);
        assertTrue(out.contains("return next;"), out);
    }

    @Test
    void aMalformedStackEffectIsRejectedWithTheDefinitionsName() {
        Exception e = assertThrows(RuntimeException.class, () -> handler("""
                inst(BROKEN, 1, (a, b -> c)) {
                }
                """));
        assertTrue(e.getMessage().contains("test.def"), e.getMessage());
    }
}
