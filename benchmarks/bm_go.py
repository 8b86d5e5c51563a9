# Monte Carlo tree search for the first move of 9x9 Go; stresses object-heavy code: method calls, list copies, flood fills and tree building.
"""A small Go engine: stones on a flat list with precomputed neighbour
lists, captures and suicide found by flood fill, simple ko, area scoring
with komi. bench(n) runs n iterations of Monte Carlo tree search from the
empty board, each ending in a random playout to the end of the game, and
returns (chosen move, its visit count, black wins over all playouts, moves
played in all playouts).

Randomness comes from a linear congruential generator defined here; the
tree's selection rule uses sqrt only (no log), so every runtime makes the
same choices and the result is compared exactly.
"""

import math

SIZES = {"quick": 3, "full": 80}

BOARD_SIZE = 9
KOMI = 7.5

EMPTY = 0
BLACK = 1
WHITE = 2
PASS = -1

# Weight of the exploration term in the tree's selection rule.
EXPLORATION = 1.0

# Computed with CPython 3.13: (best move, its visits, black wins, moves).
EXPECTED = {
    3: (55, 1, 2, 374),
    80: (55, 1, 44, 10553),
}


class Lcg:
    """31-bit linear congruential generator (the classic ANSI C constants)."""

    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, k):
        """An int in [0, k), from the high bits (the low bits of an LCG
        cycle quickly)."""
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % k


def neighbour_table(size):
    table = []
    for p in range(size * size):
        row, col = divmod(p, size)
        adj = []
        if row > 0:
            adj.append(p - size)
        if row < size - 1:
            adj.append(p + size)
        if col > 0:
            adj.append(p - 1)
        if col < size - 1:
            adj.append(p + 1)
        table.append(adj)
    return table


class Board:
    def __init__(self, size, neighbours=None):
        self.size = size
        self.area = size * size
        self.neighbours = neighbours if neighbours is not None else neighbour_table(size)
        self.stones = [EMPTY] * self.area
        self.to_move = BLACK
        self.ko = PASS        # the point that may not be retaken this move
        self.passes = 0       # consecutive passes; two end the game
        self.moves = 0

    def copy(self):
        other = Board(self.size, self.neighbours)
        other.stones = self.stones[:]
        other.to_move = self.to_move
        other.ko = self.ko
        other.passes = self.passes
        other.moves = self.moves
        return other

    def dead_group(self, start):
        """The stones of the group at start if it has no liberty, else None.
        Returns as soon as a liberty is seen, which is the common case."""
        stones = self.stones
        neighbours = self.neighbours
        colour = stones[start]
        group = [start]
        seen = {start}
        i = 0
        while i < len(group):
            for q in neighbours[group[i]]:
                s = stones[q]
                if s == EMPTY:
                    return None
                if s == colour and q not in seen:
                    seen.add(q)
                    group.append(q)
            i += 1
        return group

    def is_own_eye(self, p, colour):
        """A crude eye test: every orthogonal neighbour is our stone.
        Random players must not fill these or groups never live."""
        stones = self.stones
        for q in self.neighbours[p]:
            if stones[q] != colour:
                return False
        return True

    def play(self, p):
        """Play p (or PASS) for the side to move; False if illegal."""
        if p == PASS:
            self.passes += 1
            self.ko = PASS
            self.to_move = 3 - self.to_move
            self.moves += 1
            return True
        stones = self.stones
        if stones[p] != EMPTY or p == self.ko:
            return False
        colour = self.to_move
        enemy = 3 - colour
        stones[p] = colour
        captured = []
        for q in self.neighbours[p]:
            if stones[q] == enemy:
                dead = self.dead_group(q)
                if dead is not None:
                    for d in dead:
                        stones[d] = EMPTY
                    captured.extend(dead)
        if not captured and self.dead_group(p) is not None:
            stones[p] = EMPTY   # suicide
            return False
        # Simple ko: a lone stone that captured exactly one stone and now
        # has that point as its only liberty could be captured right back.
        self.ko = PASS
        if len(captured) == 1:
            alone = True
            for q in self.neighbours[p]:
                if stones[q] == colour or (stones[q] == EMPTY and q != captured[0]):
                    alone = False
                    break
            if alone:
                self.ko = captured[0]
        self.passes = 0
        self.to_move = enemy
        self.moves += 1
        return True

    def game_over(self):
        return self.passes >= 2

    def score(self):
        """Area score, black minus white minus komi. Empty points count for
        a colour only when all their neighbours are of that colour, which is
        enough once random play has filled everything but eyes."""
        stones = self.stones
        black = 0
        white = 0
        for p in range(self.area):
            s = stones[p]
            if s == EMPTY:
                seen = 0
                for q in self.neighbours[p]:
                    seen |= stones[q]
                s = seen   # BLACK, WHITE, or 3 / 0 when shared or open
            if s == BLACK:
                black += 1
            elif s == WHITE:
                white += 1
        return black - white - KOMI

    def candidate_moves(self):
        """Empty points the side to move might play (legality is checked
        when the move is tried)."""
        stones = self.stones
        colour = self.to_move
        return [p for p in range(self.area)
                if stones[p] == EMPTY and p != self.ko and not self.is_own_eye(p, colour)]


def random_playout(board, rng):
    """Play random moves to the end of the game; return the winner."""
    # Random play can cycle forever (repeated captures with passes between,
    # which simple ko does not forbid), so the game length is capped.
    limit = board.area * 3
    while not board.game_over() and board.moves < limit:
        candidates = board.candidate_moves()
        played = False
        if candidates:
            # Try the candidates cyclically from a random start, so an
            # illegal pick costs one step, not a fresh random draw.
            count = len(candidates)
            start = rng.below(count)
            for k in range(count):
                if board.play(candidates[(start + k) % count]):
                    played = True
                    break
        if not played:
            board.play(PASS)
    return BLACK if board.score() > 0 else WHITE


class Node:
    """A position in the search tree, reached by `move` played by `mover`."""

    def __init__(self, move, mover, parent):
        self.move = move
        self.mover = mover
        self.parent = parent
        self.children = []
        self.untried = None   # candidate moves not yet expanded; None until visited
        self.wins = 0         # playouts won by `mover`
        self.visits = 0

    def select_child(self):
        """The child with the best win rate plus exploration bonus (ties go
        to the first child)."""
        scale = EXPLORATION * math.sqrt(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = child.wins / child.visits + scale / (1 + child.visits)
            if value > best_value:
                best = child
                best_value = value
        return best


def search(board, iterations, rng):
    """Return the search tree's root and the number of moves played in
    all playouts."""
    root = Node(PASS, 3 - board.to_move, None)
    total_moves = 0
    for _ in range(iterations):
        node = root
        position = board.copy()
        # Selection: descend through fully expanded nodes.
        while node.untried is not None and not node.untried and node.children:
            node = node.select_child()
            position.play(node.move)
        # Expansion: add one untried move that turns out to be legal.
        if node.untried is None:
            node.untried = position.candidate_moves()
        while node.untried:
            move = node.untried.pop(rng.below(len(node.untried)))
            mover = position.to_move
            if position.play(move):
                child = Node(move, mover, node)
                node.children.append(child)
                node = child
                break
        # Simulation and back-propagation.
        winner = random_playout(position, rng)
        total_moves += position.moves
        while node is not None:
            node.visits += 1
            if winner == node.mover:
                node.wins += 1
            node = node.parent
    return root, total_moves


def bench(n):
    board = Board(BOARD_SIZE)
    root, total_moves = search(board, n, Lcg(2024))
    best = None
    for child in root.children:
        if best is None or child.visits > best.visits:
            best = child
    black_wins = root.visits - root.wins   # root.mover is white
    if best is None:
        return (PASS, 0, black_wins, total_moves)
    return (best.move, best.visits, black_wins, total_moves)


def check(result, n):
    if n in EXPECTED:
        if result != EXPECTED[n]:
            raise AssertionError(f"go: expected {EXPECTED[n]!r} for n={n}, got {result!r}")
        return
    # No stored reference: only the shape of the result can be checked.
    move, visits, black_wins, total_moves = result
    area = BOARD_SIZE * BOARD_SIZE
    # Every playout ends within the cap of 3 moves per point.
    ok = (0 <= black_wins <= n and 0 <= visits <= n and 0 <= total_moves <= 3 * area * n
          and (move == PASS if n == 0 else 0 <= move < area and visits >= 1))
    if not ok:
        raise AssertionError(f"go: expected a move with 1..{n} visits and <= {n} black wins for n={n}, got {result!r}")


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("go", n, "ok")
