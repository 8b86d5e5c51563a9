/**
 * The Python compiler: tokenizer, parser, AST, symbol table, code generator, the instruction set
 * (generated from {@code src/main/instructions/bytecodes.def}) and the disassembler. It depends on
 * no other pyj module.
 */
module pyj.compiler {
    exports pyj.compiler;
    exports pyj.compiler.ast;
    exports pyj.compiler.astopt;
    exports pyj.compiler.code;
    exports pyj.compiler.dis;
    exports pyj.compiler.error;
    exports pyj.compiler.opcode;
    exports pyj.compiler.tokenize;
}
