from .errors import CalcError
from .evaluate import evaluate

__all__ = ["CalcError", "evaluate"]
