// The kinds of token the tokenizer hands to the parser, named as in CPython's token module.
package pyj.compiler.tokenize;

public enum TokenKind {
    NAME, NUMBER, STRING, OP,
    NEWLINE, INDENT, DEDENT, ENDMARKER,
    FSTRING_START, FSTRING_MIDDLE, FSTRING_END,
    /** Only produced in comment-keeping mode (the tokenize module); the parser never sees them. */
    COMMENT, NL
}
