# compile(), exec() and eval() with every mode, namespaces, flags and errors.
code = compile("a = 6 * 7", "<one>", "exec")
ns = {}
exec(code, ns)
print(ns["a"], "__builtins__" in ns, code.co_filename, code.co_name)
print(eval("a + 1", ns), eval(compile("a * 2", "<e>", "eval"), ns), eval("  a", ns))
exec("import sys\nb = len(sys.argv) >= 1", ns)
print(ns["b"])
g = {"x": 1}
l = {"x": 2}
print(eval("x", g, l), eval("x", g))
exec("y = x + 10", g, l)
print(l["y"], "y" in g)


def scope():
    q = 5
    return eval("q * 2"), locals()


print(scope())
single = compile("1 + 1", "<single>", "single")
exec(single)
for src, mode in [("x = ", "exec"), ("1 +", "eval"), ("def f(:", "exec"), ("return 1", "exec"),
                  ("a = 1\nb = 2", "single"), ("\0", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    compile("x", "<bad>", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    exec(42)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("x", [])
except TypeError as e:
    print("TypeError:", e)
import ast
tree = compile("z = 3", "<ast>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
folded = compile("z = 2 ** 8", "<ast>", "exec", ast.PyCF_OPTIMIZED_AST)
print(ast.dump(folded))
print(eval(compile(ast.parse("3 + 4", mode="eval"), "<tree>", "eval")))
c = compile(b"# -*- coding: latin-1 -*-\ns = '\xe9'", "<bytes>", "exec")
exec(c)
print(s, len(s))
