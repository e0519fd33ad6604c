class CalcError(ValueError):
    """Invalid expression or arithmetic error."""
