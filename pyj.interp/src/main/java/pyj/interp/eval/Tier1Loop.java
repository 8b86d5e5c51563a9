// The tier-1 interpreter loop: fetch, decode EXTENDED_ARG, dispatch to the generated handlers, unwind.
package pyj.interp.eval;

import pyj.compiler.opcode.Opcode;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;

/**
 * Runs one frame's bytecode. The case list is generated from the instruction definitions
 * (tools/casegen); each case calls a small handler in {@link Tier1Cases} that returns the index
 * of the next instruction. Keeping every case a single call keeps this method well under
 * HotSpot's 8000-byte limit for JIT compilation ({@code HugeMethodLimit}).
 *
 * <p>A Python exception unwinds through the code object's exception table: the stack is cut to
 * the handler's depth, the exception (and with "lasti" the raising instruction) pushed, and
 * execution continues at the handler. With no handler the exception leaves this frame.
 */
final class Tier1Loop {
    private Tier1Loop() {}

    /** Runs {@code f} from {@code f.pc} until it returns, yields, or raises. */
    static PyObject run(PyFrame f) {
        return run(f, null);
    }

    /** As {@link #run(PyFrame)}, but first raises {@code thrown} at the current instruction (generator.throw). */
    static PyObject run(PyFrame f, PyException thrown) {
        ThreadState ts = f.thread;
        ts.enter(f);
        try {
            return loop(f, thrown);
        } finally {
            ts.leave(f);
        }
    }

    private static PyObject loop(PyFrame f, PyException thrown) {
        final char[] code = f.code.units;
        int pc = f.pc;
        if (thrown != null) pc = ExceptionHandling.unwind(f, thrown);
        for (;;) {
            try {
                for (;;) {
                    int word = code[pc];
                    int op = word & 0xFF;
                    int oparg = word >>> 8;
                    while (op == Opcode.EXTENDED_ARG) {
                        word = code[++pc];
                        op = word & 0xFF;
                        oparg = (oparg << 8) | (word >>> 8);
                    }
                    f.pc = pc;
                    switch (op) {
                        // BEGIN GENERATED CASES
                        case Opcode.BEFORE_ASYNC_WITH: pc = Tier1Cases.BEFORE_ASYNC_WITH(f, oparg, pc + 1); break;
                        case Opcode.BEFORE_WITH: pc = Tier1Cases.BEFORE_WITH(f, oparg, pc + 1); break;
                        case Opcode.BINARY_SLICE: pc = Tier1Cases.BINARY_SLICE(f, oparg, pc + 1); break;
                        case Opcode.BINARY_SUBSCR: pc = Tier1Cases.BINARY_SUBSCR(f, oparg, pc + 1); break;
                        case Opcode.CHECK_EG_MATCH: pc = Tier1Cases.CHECK_EG_MATCH(f, oparg, pc + 1); break;
                        case Opcode.CHECK_EXC_MATCH: pc = Tier1Cases.CHECK_EXC_MATCH(f, oparg, pc + 1); break;
                        case Opcode.CLEANUP_THROW: pc = Tier1Cases.CLEANUP_THROW(f, oparg, pc + 1); break;
                        case Opcode.DELETE_SUBSCR: pc = Tier1Cases.DELETE_SUBSCR(f, oparg, pc + 1); break;
                        case Opcode.END_ASYNC_FOR: pc = Tier1Cases.END_ASYNC_FOR(f, oparg, pc + 1); break;
                        case Opcode.END_FOR: pc = Tier1Cases.END_FOR(f, oparg, pc + 1); break;
                        case Opcode.END_SEND: pc = Tier1Cases.END_SEND(f, oparg, pc + 1); break;
                        case Opcode.FORMAT_SIMPLE: pc = Tier1Cases.FORMAT_SIMPLE(f, oparg, pc + 1); break;
                        case Opcode.FORMAT_WITH_SPEC: pc = Tier1Cases.FORMAT_WITH_SPEC(f, oparg, pc + 1); break;
                        case Opcode.GET_AITER: pc = Tier1Cases.GET_AITER(f, oparg, pc + 1); break;
                        case Opcode.GET_ANEXT: pc = Tier1Cases.GET_ANEXT(f, oparg, pc + 1); break;
                        case Opcode.GET_ITER: pc = Tier1Cases.GET_ITER(f, oparg, pc + 1); break;
                        case Opcode.GET_LEN: pc = Tier1Cases.GET_LEN(f, oparg, pc + 1); break;
                        case Opcode.GET_YIELD_FROM_ITER: pc = Tier1Cases.GET_YIELD_FROM_ITER(f, oparg, pc + 1); break;
                        case Opcode.LOAD_ASSERTION_ERROR: pc = Tier1Cases.LOAD_ASSERTION_ERROR(f, oparg, pc + 1); break;
                        case Opcode.LOAD_BUILD_CLASS: pc = Tier1Cases.LOAD_BUILD_CLASS(f, oparg, pc + 1); break;
                        case Opcode.LOAD_LOCALS: pc = Tier1Cases.LOAD_LOCALS(f, oparg, pc + 1); break;
                        case Opcode.MAKE_FUNCTION: pc = Tier1Cases.MAKE_FUNCTION(f, oparg, pc + 1); break;
                        case Opcode.MATCH_KEYS: pc = Tier1Cases.MATCH_KEYS(f, oparg, pc + 1); break;
                        case Opcode.MATCH_MAPPING: pc = Tier1Cases.MATCH_MAPPING(f, oparg, pc + 1); break;
                        case Opcode.MATCH_SEQUENCE: pc = Tier1Cases.MATCH_SEQUENCE(f, oparg, pc + 1); break;
                        case Opcode.NOP: pc = Tier1Cases.NOP(f, oparg, pc + 1); break;
                        case Opcode.POP_EXCEPT: pc = Tier1Cases.POP_EXCEPT(f, oparg, pc + 1); break;
                        case Opcode.POP_TOP: pc = Tier1Cases.POP_TOP(f, oparg, pc + 1); break;
                        case Opcode.PUSH_EXC_INFO: pc = Tier1Cases.PUSH_EXC_INFO(f, oparg, pc + 1); break;
                        case Opcode.PUSH_NULL: pc = Tier1Cases.PUSH_NULL(f, oparg, pc + 1); break;
                        case Opcode.RETURN_GENERATOR: pc = Tier1Cases.RETURN_GENERATOR(f, oparg, pc + 1); if (pc < 0) return f.result; break;
                        case Opcode.RETURN_VALUE: pc = Tier1Cases.RETURN_VALUE(f, oparg, pc + 1); if (pc < 0) return f.result; break;
                        case Opcode.SETUP_ANNOTATIONS: pc = Tier1Cases.SETUP_ANNOTATIONS(f, oparg, pc + 1); break;
                        case Opcode.STORE_SLICE: pc = Tier1Cases.STORE_SLICE(f, oparg, pc + 1); break;
                        case Opcode.STORE_SUBSCR: pc = Tier1Cases.STORE_SUBSCR(f, oparg, pc + 1); break;
                        case Opcode.TO_BOOL: pc = Tier1Cases.TO_BOOL(f, oparg, pc + 1); break;
                        case Opcode.UNARY_INVERT: pc = Tier1Cases.UNARY_INVERT(f, oparg, pc + 1); break;
                        case Opcode.UNARY_NEGATIVE: pc = Tier1Cases.UNARY_NEGATIVE(f, oparg, pc + 1); break;
                        case Opcode.UNARY_NOT: pc = Tier1Cases.UNARY_NOT(f, oparg, pc + 1); break;
                        case Opcode.WITH_EXCEPT_START: pc = Tier1Cases.WITH_EXCEPT_START(f, oparg, pc + 1); break;
                        case Opcode.BINARY_OP: pc = Tier1Cases.BINARY_OP(f, oparg, pc + 1); break;
                        case Opcode.BUILD_CONST_KEY_MAP: pc = Tier1Cases.BUILD_CONST_KEY_MAP(f, oparg, pc + 1); break;
                        case Opcode.BUILD_LIST: pc = Tier1Cases.BUILD_LIST(f, oparg, pc + 1); break;
                        case Opcode.BUILD_MAP: pc = Tier1Cases.BUILD_MAP(f, oparg, pc + 1); break;
                        case Opcode.BUILD_SET: pc = Tier1Cases.BUILD_SET(f, oparg, pc + 1); break;
                        case Opcode.BUILD_SLICE: pc = Tier1Cases.BUILD_SLICE(f, oparg, pc + 1); break;
                        case Opcode.BUILD_STRING: pc = Tier1Cases.BUILD_STRING(f, oparg, pc + 1); break;
                        case Opcode.BUILD_TUPLE: pc = Tier1Cases.BUILD_TUPLE(f, oparg, pc + 1); break;
                        case Opcode.CALL: pc = Tier1Cases.CALL(f, oparg, pc + 1); break;
                        case Opcode.CALL_FUNCTION_EX: pc = Tier1Cases.CALL_FUNCTION_EX(f, oparg, pc + 1); break;
                        case Opcode.CALL_INTRINSIC_1: pc = Tier1Cases.CALL_INTRINSIC_1(f, oparg, pc + 1); break;
                        case Opcode.CALL_INTRINSIC_2: pc = Tier1Cases.CALL_INTRINSIC_2(f, oparg, pc + 1); break;
                        case Opcode.CALL_KW: pc = Tier1Cases.CALL_KW(f, oparg, pc + 1); break;
                        case Opcode.COMPARE_OP: pc = Tier1Cases.COMPARE_OP(f, oparg, pc + 1); break;
                        case Opcode.CONTAINS_OP: pc = Tier1Cases.CONTAINS_OP(f, oparg, pc + 1); break;
                        case Opcode.CONVERT_VALUE: pc = Tier1Cases.CONVERT_VALUE(f, oparg, pc + 1); break;
                        case Opcode.COPY: pc = Tier1Cases.COPY(f, oparg, pc + 1); break;
                        case Opcode.COPY_FREE_VARS: pc = Tier1Cases.COPY_FREE_VARS(f, oparg, pc + 1); break;
                        case Opcode.DELETE_ATTR: pc = Tier1Cases.DELETE_ATTR(f, oparg, pc + 1); break;
                        case Opcode.DELETE_DEREF: pc = Tier1Cases.DELETE_DEREF(f, oparg, pc + 1); break;
                        case Opcode.DELETE_FAST: pc = Tier1Cases.DELETE_FAST(f, oparg, pc + 1); break;
                        case Opcode.DELETE_GLOBAL: pc = Tier1Cases.DELETE_GLOBAL(f, oparg, pc + 1); break;
                        case Opcode.DELETE_NAME: pc = Tier1Cases.DELETE_NAME(f, oparg, pc + 1); break;
                        case Opcode.DICT_MERGE: pc = Tier1Cases.DICT_MERGE(f, oparg, pc + 1); break;
                        case Opcode.DICT_UPDATE: pc = Tier1Cases.DICT_UPDATE(f, oparg, pc + 1); break;
                        case Opcode.ENTER_EXECUTOR: pc = Tier1Cases.ENTER_EXECUTOR(f, oparg, pc + 1); break;
                        case Opcode.FOR_ITER: pc = Tier1Cases.FOR_ITER(f, oparg, pc + 1); break;
                        case Opcode.GET_AWAITABLE: pc = Tier1Cases.GET_AWAITABLE(f, oparg, pc + 1); break;
                        case Opcode.IMPORT_FROM: pc = Tier1Cases.IMPORT_FROM(f, oparg, pc + 1); break;
                        case Opcode.IMPORT_NAME: pc = Tier1Cases.IMPORT_NAME(f, oparg, pc + 1); break;
                        case Opcode.IS_OP: pc = Tier1Cases.IS_OP(f, oparg, pc + 1); break;
                        case Opcode.JUMP_BACKWARD: pc = Tier1Cases.JUMP_BACKWARD(f, oparg, pc + 1); break;
                        case Opcode.JUMP_BACKWARD_NO_INTERRUPT: pc = Tier1Cases.JUMP_BACKWARD_NO_INTERRUPT(f, oparg, pc + 1); break;
                        case Opcode.JUMP_FORWARD: pc = Tier1Cases.JUMP_FORWARD(f, oparg, pc + 1); break;
                        case Opcode.LIST_APPEND: pc = Tier1Cases.LIST_APPEND(f, oparg, pc + 1); break;
                        case Opcode.LIST_EXTEND: pc = Tier1Cases.LIST_EXTEND(f, oparg, pc + 1); break;
                        case Opcode.LOAD_ATTR: pc = Tier1Cases.LOAD_ATTR(f, oparg, pc + 1); break;
                        case Opcode.LOAD_CONST: pc = Tier1Cases.LOAD_CONST(f, oparg, pc + 1); break;
                        case Opcode.LOAD_DEREF: pc = Tier1Cases.LOAD_DEREF(f, oparg, pc + 1); break;
                        case Opcode.LOAD_FAST: pc = Tier1Cases.LOAD_FAST(f, oparg, pc + 1); break;
                        case Opcode.LOAD_FAST_AND_CLEAR: pc = Tier1Cases.LOAD_FAST_AND_CLEAR(f, oparg, pc + 1); break;
                        case Opcode.LOAD_FAST_CHECK: pc = Tier1Cases.LOAD_FAST_CHECK(f, oparg, pc + 1); break;
                        case Opcode.LOAD_FAST_LOAD_FAST: pc = Tier1Cases.LOAD_FAST_LOAD_FAST(f, oparg, pc + 1); break;
                        case Opcode.LOAD_FROM_DICT_OR_DEREF: pc = Tier1Cases.LOAD_FROM_DICT_OR_DEREF(f, oparg, pc + 1); break;
                        case Opcode.LOAD_FROM_DICT_OR_GLOBALS: pc = Tier1Cases.LOAD_FROM_DICT_OR_GLOBALS(f, oparg, pc + 1); break;
                        case Opcode.LOAD_GLOBAL: pc = Tier1Cases.LOAD_GLOBAL(f, oparg, pc + 1); break;
                        case Opcode.LOAD_NAME: pc = Tier1Cases.LOAD_NAME(f, oparg, pc + 1); break;
                        case Opcode.LOAD_SUPER_ATTR: pc = Tier1Cases.LOAD_SUPER_ATTR(f, oparg, pc + 1); break;
                        case Opcode.MAKE_CELL: pc = Tier1Cases.MAKE_CELL(f, oparg, pc + 1); break;
                        case Opcode.MAP_ADD: pc = Tier1Cases.MAP_ADD(f, oparg, pc + 1); break;
                        case Opcode.MATCH_CLASS: pc = Tier1Cases.MATCH_CLASS(f, oparg, pc + 1); break;
                        case Opcode.POP_JUMP_IF_FALSE: pc = Tier1Cases.POP_JUMP_IF_FALSE(f, oparg, pc + 1); break;
                        case Opcode.POP_JUMP_IF_NONE: pc = Tier1Cases.POP_JUMP_IF_NONE(f, oparg, pc + 1); break;
                        case Opcode.POP_JUMP_IF_NOT_NONE: pc = Tier1Cases.POP_JUMP_IF_NOT_NONE(f, oparg, pc + 1); break;
                        case Opcode.POP_JUMP_IF_TRUE: pc = Tier1Cases.POP_JUMP_IF_TRUE(f, oparg, pc + 1); break;
                        case Opcode.RAISE_VARARGS: pc = Tier1Cases.RAISE_VARARGS(f, oparg, pc + 1); break;
                        case Opcode.RERAISE: pc = Tier1Cases.RERAISE(f, oparg, pc + 1); break;
                        case Opcode.RETURN_CONST: pc = Tier1Cases.RETURN_CONST(f, oparg, pc + 1); if (pc < 0) return f.result; break;
                        case Opcode.SEND: pc = Tier1Cases.SEND(f, oparg, pc + 1); break;
                        case Opcode.SET_ADD: pc = Tier1Cases.SET_ADD(f, oparg, pc + 1); break;
                        case Opcode.SET_FUNCTION_ATTRIBUTE: pc = Tier1Cases.SET_FUNCTION_ATTRIBUTE(f, oparg, pc + 1); break;
                        case Opcode.SET_UPDATE: pc = Tier1Cases.SET_UPDATE(f, oparg, pc + 1); break;
                        case Opcode.STORE_ATTR: pc = Tier1Cases.STORE_ATTR(f, oparg, pc + 1); break;
                        case Opcode.STORE_DEREF: pc = Tier1Cases.STORE_DEREF(f, oparg, pc + 1); break;
                        case Opcode.STORE_FAST: pc = Tier1Cases.STORE_FAST(f, oparg, pc + 1); break;
                        case Opcode.STORE_FAST_LOAD_FAST: pc = Tier1Cases.STORE_FAST_LOAD_FAST(f, oparg, pc + 1); break;
                        case Opcode.STORE_FAST_STORE_FAST: pc = Tier1Cases.STORE_FAST_STORE_FAST(f, oparg, pc + 1); break;
                        case Opcode.STORE_GLOBAL: pc = Tier1Cases.STORE_GLOBAL(f, oparg, pc + 1); break;
                        case Opcode.STORE_NAME: pc = Tier1Cases.STORE_NAME(f, oparg, pc + 1); break;
                        case Opcode.SWAP: pc = Tier1Cases.SWAP(f, oparg, pc + 1); break;
                        case Opcode.UNPACK_EX: pc = Tier1Cases.UNPACK_EX(f, oparg, pc + 1); break;
                        case Opcode.UNPACK_SEQUENCE: pc = Tier1Cases.UNPACK_SEQUENCE(f, oparg, pc + 1); break;
                        case Opcode.YIELD_VALUE: pc = Tier1Cases.YIELD_VALUE(f, oparg, pc + 1); if (pc < 0) return f.result; break;
                        case Opcode.RESUME: pc = Tier1Cases.RESUME(f, oparg, pc + 1); break;
                        // END GENERATED CASES
                        default:
                            throw ExceptionHandling.badOpcode(f, op);
                    }
                }
            } catch (PyException e) {
                pc = ExceptionHandling.unwind(f, e);
            } catch (StackOverflowError e) {
                pc = ExceptionHandling.unwind(f, ExceptionHandling.recursionError());
            } catch (RuntimeException e) {
                pc = ExceptionHandling.unwind(f, ExceptionHandling.internalError(e));
            }
        }
    }
}
