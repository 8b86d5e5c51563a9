# The dis module: listings, code_info, get_instructions and Instruction fields, without object addresses.
import dis


def area(w, h=2):
    if w > h:
        return w * h
    return [w for _ in range(h)]


dis.dis(area)
dis.dis("x = a.b(1)[2]")
dis.dis(compile("for i in range(3): pass", "<s>", "exec"), show_caches=True, show_offsets=True)
print(dis.code_info(area))
dis.show_code("y = 1")
for ins in dis.get_instructions(area):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), ins.argrepr, ins.offset, ins.starts_line,
          ins.line_number, ins.label, tuple(ins.positions), ins.is_jump_target, ins.jump_target,
          ins.baseopname, ins.end_offset, ins.cache_info)
first = next(dis.get_instructions(area, first_line=100))
print(first.line_number, first._fields[:4], first._replace(arg=7).arg, str(first), end="")
print(dis.opname[100], dis.opmap["RETURN_VALUE"], dis.HAVE_ARGUMENT)


class Shape:
    def corners(self):
        return 4


dis.dis(Shape)
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
