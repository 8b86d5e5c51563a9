# Solves a series of small Hexiom puzzles (numbered hexagonal tiles) by backtracking search: stresses recursion, list indexing and small-int comparisons.
"""Hexiom: numbered tiles are placed on the cells of a hexagonal board, at
most one tile per cell, some cells staying empty. A tile showing k must end
up with exactly k occupied neighbouring cells. A puzzle gives the multiset of
tiles and a few cells whose content (a tile or emptiness) is locked.

Each puzzle here is made by occupying a pseudo-random subset of the board,
labelling every tile with its neighbour count, and then forgetting the
placement except for the locked cells. The solver counts every placement of
the tile multiset that satisfies all cells (the generating one among them),
pruning with per-cell bounds: a tile k is still satisfiable only while
occupied-neighbours <= k <= occupied-neighbours + unassigned-neighbours.

bench(n) solves the first n puzzles of a fixed sequence. check() verifies
each returned solution against the puzzle's rules directly and compares the
solution counts with a table computed by CPython 3.13.
"""

SIZES = {"quick": 4, "full": 70}

BOARD_SIDE = 3          # cells per hexagon edge: 19 cells in all
FILL_PERCENT = 70       # chance that a cell holds a tile when generating
NUM_LOCKED = 5          # cells revealed to the solver

EMPTY = 7               # the value of an empty cell; tiles are 0..6
UNASSIGNED = -1

# Axial-coordinate offsets of the six neighbours of a hexagonal cell.
DIRECTIONS = ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1))

# Solution counts of puzzles 0..99 computed by CPython 3.13; check() accepts
# any n up to 100.
SOLUTION_COUNTS = (
    1, 1, 3, 1, 2, 1, 4, 9, 1, 1, 1, 1, 2, 1, 1, 3, 1, 4, 9, 2,
    3, 3, 1, 2, 1, 2, 4, 3, 1, 2, 1, 6, 1, 2, 1, 1, 2, 4, 2, 19,
    1, 1, 1, 1, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 4, 1,
    29, 1, 8, 1, 1, 2, 3, 1, 2, 5, 8, 1, 1, 4, 62, 1, 1, 5, 4, 4,
    1, 7, 1, 1, 1, 1, 2, 1, 2, 1, 1, 5, 3, 1, 3, 1, 2, 9, 2, 1,
)


class Lcg:
    """A small linear congruential generator, so puzzles are reproducible."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_board(side):
    """Neighbour lists (by cell index) of a hexagon with `side` cells per edge."""
    coords = []
    for q in range(1 - side, side):
        for r in range(1 - side, side):
            if abs(q + r) < side:
                coords.append((q, r))
    index_of = {}
    for i in range(len(coords)):
        index_of[coords[i]] = i
    neighbours = []
    for q, r in coords:
        around = []
        for dq, dr in DIRECTIONS:
            cell = (q + dq, r + dr)
            if cell in index_of:
                around.append(index_of[cell])
        neighbours.append(around)
    return neighbours


def make_puzzle(neighbours, seed):
    """Return (tile counts indexed by value, {cell: locked value})."""
    rng = Lcg(seed)
    num_cells = len(neighbours)
    occupied = [rng.next(100) < FILL_PERCENT for _ in range(num_cells)]
    values = []
    for cell in range(num_cells):
        if occupied[cell]:
            values.append(len([m for m in neighbours[cell] if occupied[m]]))
        else:
            values.append(EMPTY)
    counts = [0] * 8
    for v in values:
        counts[v] += 1
    locked = {}
    while len(locked) < NUM_LOCKED:
        cell = rng.next(num_cells)
        locked[cell] = values[cell]
    return counts, locked


class Solver:
    def __init__(self, neighbours, counts, locked):
        self.neighbours = neighbours
        self.counts = list(counts)       # tiles of each value still in hand
        self.locked = locked
        num_cells = len(neighbours)
        self.value = [UNASSIGNED] * num_cells
        self.occupied_around = [0] * num_cells
        self.unassigned_around = [len(around) for around in neighbours]
        self.order = self.search_order()
        self.solutions = 0
        self.first = None

    def search_order(self):
        # Locked cells first, then always the cell with the most cells
        # already ordered around it, so that cells' bounds close early.
        num_cells = len(self.neighbours)
        order = sorted(self.locked)
        placed = [False] * num_cells
        for cell in order:
            placed[cell] = True
        while len(order) < num_cells:
            best, best_score = -1, -1
            for cell in range(num_cells):
                if not placed[cell]:
                    score = len([m for m in self.neighbours[cell] if placed[m]])
                    if score > best_score:
                        best, best_score = cell, score
            order.append(best)
            placed[best] = True
        return order

    def fits(self, cell, v):
        """Can `cell` take value v without breaking a bound of it or a neighbour?"""
        value = self.value
        occupied_around = self.occupied_around
        unassigned_around = self.unassigned_around
        if v != EMPTY:
            low = occupied_around[cell]
            if v < low or v > low + unassigned_around[cell]:
                return False
            # Each assigned tile next to cell gains an occupied neighbour.
            for m in self.neighbours[cell]:
                vm = value[m]
                if vm != UNASSIGNED and vm != EMPTY and occupied_around[m] >= vm:
                    return False
        else:
            # Each assigned tile next to cell loses a possible neighbour.
            for m in self.neighbours[cell]:
                vm = value[m]
                if (vm != UNASSIGNED and vm != EMPTY
                        and occupied_around[m] + unassigned_around[m] <= vm):
                    return False
        return True

    def assign(self, cell, v, delta):
        # delta = 1 places v on cell, delta = -1 takes it back.
        if v != EMPTY:
            for m in self.neighbours[cell]:
                self.occupied_around[m] += delta
                self.unassigned_around[m] -= delta
        else:
            for m in self.neighbours[cell]:
                self.unassigned_around[m] -= delta
        self.counts[v] -= delta
        self.value[cell] = v if delta > 0 else UNASSIGNED

    def search(self, depth):
        if depth == len(self.order):
            self.solutions += 1
            if self.first is None:
                self.first = tuple(self.value)
            return
        cell = self.order[depth]
        if cell in self.locked:
            candidates = (self.locked[cell],)
        else:
            candidates = range(8)
        counts = self.counts
        for v in candidates:
            if counts[v] > 0 and self.fits(cell, v):
                self.assign(cell, v, 1)
                self.search(depth + 1)
                self.assign(cell, v, -1)


def bench(n):
    neighbours = make_board(BOARD_SIDE)
    results = []
    for seed in range(n):
        counts, locked = make_puzzle(neighbours, seed)
        solver = Solver(neighbours, counts, locked)
        solver.search(0)
        results.append((solver.solutions, solver.first))
    return results


def valid_solution(neighbours, counts, locked, placement):
    """Check a placement against the puzzle rules, independently of Solver."""
    if placement is None or len(placement) != len(neighbours):
        return False
    used = [0] * 8
    for v in placement:
        if not 0 <= v <= EMPTY:
            return False
        used[v] += 1
    if used != list(counts):
        return False
    for cell in locked:
        if placement[cell] != locked[cell]:
            return False
    for cell in range(len(neighbours)):
        v = placement[cell]
        if v != EMPTY:
            around = len([m for m in neighbours[cell] if placement[m] != EMPTY])
            if around != v:
                return False
    return True


def check(result, n):
    if len(result) != n:
        raise AssertionError("hexiom: expected %d results for n=%d, got %d" % (n, n, len(result)))
    neighbours = make_board(BOARD_SIDE)
    for seed in range(n):
        counts, locked = make_puzzle(neighbours, seed)
        solutions, first = result[seed]
        if not valid_solution(neighbours, counts, locked, first):
            raise AssertionError(
                "hexiom: expected a valid solution of puzzle %d for n=%d, got %r"
                % (seed, n, first))
    if n > len(SOLUTION_COUNTS):
        raise AssertionError("hexiom: no reference for n=%d" % n)
    expected = SOLUTION_COUNTS[:n]
    got = tuple([solutions for solutions, _ in result])
    if got != expected:
        raise AssertionError(
            "hexiom: expected solution counts %r for n=%d, got %r" % (expected, n, got))


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("hexiom", n, "ok")
