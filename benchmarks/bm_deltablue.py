# DeltaBlue incremental constraint solver on a chain and a projection network; stresses polymorphic method calls, class hierarchies and list-based work queues.
"""DeltaBlue (Freeman-Benson, Maloney and Borning) keeps a network of
one-way constraints with strengths satisfied as constraints are added and
removed, then extracts a plan that re-runs only the constraints downstream
of an edit.

bench(n) runs two tests of size n:
- chain: n+1 variables linked by required equalities; editing the first
  must propagate to the last;
- projection: n pairs (src, dst) with dst = src * scale + offset; editing a
  dst, scale or offset must update the others.
The values these produce have closed forms, which check() verifies for any
n; the number of marks the planner used (how much propagation work it did)
is compared with CPython 3.13's count for the standard sizes.
"""

SIZES = {"quick": 100, "full": 5000}

# Planner marks consumed by bench(n), computed with CPython 3.13.
EXPECTED_MARKS = {
    100: 313,
    5000: 15013,
}


class Strength:
    """Constraint strengths; a lower value is stronger."""

    def __init__(self, value, name):
        self.value = value
        self.name = name

    def __repr__(self):
        return f"Strength({self.name})"

    def stronger(self, other):
        return self.value < other.value

    def weaker(self, other):
        return self.value > other.value

    def weakest_of(self, other):
        return self if self.weaker(other) else other

    def next_weaker(self):
        return STRENGTHS[self.value + 1]


REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")
STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT,
             NORMAL, WEAK_DEFAULT, WEAKEST]

# Which way a binary constraint currently computes.
NONE = 0
FORWARD = 1    # v1 -> v2
BACKWARD = -1  # v2 -> v1


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None   # the constraint that computes this value
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True            # value fixed during plan execution

    def __repr__(self):
        return f"Variable({self.name}={self.value})"

    def add_constraint(self, c):
        self.constraints.append(c)

    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    """Base class. Subclasses define: add_to_graph, remove_from_graph,
    choose_method, is_satisfied, mark_inputs, inputs_known, output,
    mark_unsatisfied, recalculate, execute."""

    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def is_input(self):
        return False

    def add_constraint(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def satisfy(self, mark):
        """Try to satisfy this constraint; return the constraint it
        overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy_constraint(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()


class UnaryConstraint(Constraint):
    def __init__(self, planner, v, strength):
        super().__init__(planner, strength)
        self.my_output = v
        self.satisfied = False
        self.add_constraint()

    def add_to_graph(self):
        self.my_output.add_constraint(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.my_output.remove_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        out = self.my_output
        self.satisfied = out.mark != mark and self.strength.stronger(out.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass   # no inputs

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.my_output

    def mark_unsatisfied(self):
        self.satisfied = False

    def recalculate(self):
        out = self.my_output
        out.walk_strength = self.strength
        out.stay = not self.is_input()
        if out.stay:
            self.execute()


class StayConstraint(UnaryConstraint):
    """Keeps a variable's value (unless something stronger changes it)."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """Marks a variable as set from outside, the input of a plan."""

    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength):
        super().__init__(planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.add_constraint()

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = NONE

    def choose_method(self, mark):
        """Pick the direction that writes the variable with the weaker walk
        strength, provided this constraint is stronger than it. A variable
        already marked in this pass has just been written, so it can only
        be an input."""
        v1 = self.v1
        v2 = self.v2
        strength = self.strength
        if v1.mark == mark:
            ok = v2.mark != mark and strength.stronger(v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = strength.stronger(v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif v1.walk_strength.weaker(v2.walk_strength):
            self.direction = BACKWARD if strength.stronger(v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if strength.stronger(v2.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def mark_unsatisfied(self):
        self.direction = NONE

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """v2 = v1 * scale + offset, in either direction."""

    def __init__(self, planner, src, scale, offset, dest, strength):
        # Set before the base constructor, which adds the constraint to the
        # graph and so needs them.
        self.scale = scale
        self.offset = offset
        super().__init__(planner, src, dest, strength)

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            # Integer division: every value in the tests divides exactly.
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def add(self, c):
        self.steps.append(c)

    def __len__(self):
        return len(self.steps)

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        """Satisfy c, then re-satisfy whatever it overrode, and so on."""
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        """Remove c; then try to satisfy the constraints that lost their
        way, strongest first."""
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break

    def make_plan(self, sources):
        """Order the constraints downstream of sources so each runs after
        its inputs are computed."""
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        head = 0
        while head < len(todo):
            c = todo[head]
            head += 1
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.add(c)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def extract_plan_from_constraints(self, constraints):
        sources = [c for c in constraints if c.is_input() and c.is_satisfied()]
        return self.make_plan(sources)

    def add_propagate(self, c, mark):
        """Recompute walk strengths and stay flags downstream of c; False
        (after undoing c) if that reaches a variable marked in this pass,
        which means a cycle."""
        todo = [c]
        head = 0
        while head < len(todo):
            d = todo[head]
            head += 1
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        """Forget how out and everything downstream was determined; return
        the constraints left unsatisfied on the way."""
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        head = 0
        while head < len(todo):
            v = todo[head]
            head += 1
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, todo):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)


def chain_test(n):
    """Edit the head of a chain of n equalities 100 times; return the tail's
    final value and the plan's length."""
    planner = Planner()
    variables = [Variable(f"v{i}") for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    first = variables[0]
    last = variables[-1]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    seen = []
    for i in range(100):
        first.value = i
        plan.execute()
        seen.append(last.value)
    return seen, len(plan), planner.current_mark


def change(planner, v, new_value):
    edit = EditConstraint(planner, v, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    for _ in range(10):
        v.value = new_value
        plan.execute()
    edit.destroy_constraint()


def projection_test(n):
    """dst[i] = src[i] * scale + offset for n pairs; change one end or the
    parameters and record what the network computes."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    change(planner, src, 17)
    dst_after_src = dst.value
    change(planner, dst, 1050)
    src_after_dst = src.value
    change(planner, scale, 5)
    after_scale = [d.value for d in dests]
    change(planner, offset, 2000)
    after_offset = [d.value for d in dests]
    return dst_after_src, src_after_dst, after_scale, after_offset, planner.current_mark


def fingerprint(values):
    """A small summary of a list that still changes if any element, or the
    order, is wrong."""
    weighted = 0
    for i, v in enumerate(values):
        weighted += (i + 1) * v
    return (len(values), sum(values), weighted)


def bench(n):
    seen, plan_length, chain_marks = chain_test(n)
    dst_v, src_v, after_scale, after_offset, projection_marks = projection_test(n)
    return (fingerprint(seen), plan_length, dst_v, src_v,
            fingerprint(after_scale), fingerprint(after_offset),
            chain_marks + projection_marks)


def check(result, n):
    if n < 1:
        raise AssertionError(f"deltablue: no reference for n={n} (needs n >= 1)")
    marks = result[6]
    # Closed forms: the chain copies its head; the last projection pair was
    # edited to src=5 (via dst=1050), the others keep src[i]=i.
    src_values = list(range(n - 1)) + [5]
    expected = (
        fingerprint(list(range(100))),
        n + 1,   # the edit plus n equalities
        17 * 10 + 1000,
        (1050 - 1000) // 10,
        fingerprint([s * 5 + 1000 for s in src_values]),
        fingerprint([s * 5 + 2000 for s in src_values]),
    )
    if result[:6] != expected:
        raise AssertionError(f"deltablue: expected values {expected!r} for n={n}, got {result[:6]!r}")
    if n in EXPECTED_MARKS and marks != EXPECTED_MARKS[n]:
        raise AssertionError(f"deltablue: expected {EXPECTED_MARKS[n]} planner marks for n={n}, got {marks}")


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("deltablue", n, "ok")
