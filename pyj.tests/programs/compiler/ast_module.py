# The ast module: parse, dump (all formats), literal_eval, node classes, visitors, compile of trees.
import ast

tree = ast.parse("total = sum(x * 2 for x in range(10) if x % 3)\nprint(f'{total:>5}', total > 40)")
print(ast.dump(tree))
print(ast.dump(tree.body[0], annotate_fields=False))
print(ast.dump(tree.body[1], include_attributes=True, indent=2))
print(ast.dump(ast.parse("x = [1]", mode="exec"), indent="--"))
print(ast.dump(ast.parse("-1 + 2j", mode="eval")))
print(ast.dump(ast.parse("(1, 2)", mode="eval"), show_empty=True))

print(ast.literal_eval("[1, 2.5, -3, 'a', b'b', (None, True), {1: {2}}, set(), 1+2j]"))
for bad in ["f(1)", "x + 1", "[1, y]"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(":")[0])

node = ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))
expr = ast.Expression(node)
ast.fix_missing_locations(expr)
print(node.lineno, node.col_offset, node.end_lineno, eval(compile(expr, "<ast>", "eval")))
print(ast.Name("x").ctx.__class__.__name__, ast.Name._fields, ast.Constant.kind, ast.arguments().args)
print(isinstance(node, ast.expr), issubclass(ast.Add, ast.operator), ast.AST in ast.stmt.__mro__)
print(ast.Constant.__doc__, ast.expr_context.__doc__)


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)


module = ast.parse("a = 1\nb = a + 20\nprint(a, b)")
Doubler().visit(module)
namespace = {}
exec(compile(module, "<doubled>", "exec"), namespace)
counter = Counter()
counter.visit(module)
print(counter.names)
print([type(n).__name__ for n in ast.walk(ast.parse("f(x)[0]"))])
print(list(ast.iter_fields(ast.parse("pass").body[0])), [f for f, _ in ast.iter_fields(node)])
print(ast.get_docstring(ast.parse('def f():\n    """  Doc.\n\n      more\n    """')))
source = "value = (1 +\n    2)"
print(repr(ast.get_source_segment(source, ast.parse(source).body[0].value)))
moved = ast.increment_lineno(ast.parse("x"), 3)
print(moved.body[0].lineno, moved.body[0].value.end_lineno)
print(ast.dump(ast.parse("def f[T: int](a, /, b=1, *c, d, **e) -> T: ...\ntype A = list[int]")))
print(ast.dump(ast.parse("match p:\n    case [1, *r] | {'k': v} | C(a, b=2) if r: pass")))
try:
    compile(ast.Expression(ast.Name("x")), "<bad>", "eval")
except TypeError as e:
    print("TypeError:", e)
try:
    compile(ast.Module([ast.Expr(ast.Constant(1))], []), "<bad>", "eval")
except TypeError as e:
    print("TypeError:", e)
