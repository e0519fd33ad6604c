"""Board helpers for a small grid game. A board is a list of rows; each row is
a list of one-character strings."""


def new_board(rows, cols, fill="."):
    """Return a new board with `rows` rows and `cols` columns (both positive
    ints), every cell set to `fill`. Rows are independent: changing a cell
    never changes another cell."""
    return [[fill] * cols] * rows


def place(board, row, col, mark):
    """Set the cell at (row, col) to `mark` and return the board. Raises
    IndexError when the position is outside the board (negative indexes
    included)."""
    if not (0 <= row < len(board) and 0 <= col < len(board[0])):
        raise IndexError(f"({row}, {col}) is off the board")
    board[row][col] = mark
    return board


def render(board):
    """The board as text: one line per row, cells joined without separator."""
    return "\n".join("".join(r) for r in board)
