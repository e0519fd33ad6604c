"""Maps uploaded CSV files to dataset names."""
import os


def dataset_name(path):
    """The dataset name for an uploaded file: the file's base name without
    its ".csv" extension, e.g. "uploads/2024/sales-q1.csv" -> "sales-q1".

    `path` is a relative POSIX path whose base name is a non-empty stem made
    of ASCII letters, digits, "-" and "_", followed by ".csv".
    """
    base = os.path.basename(path)
    return base.rstrip(".csv")


def dataset_names(paths):
    """Dataset names of `paths`, sorted, without duplicates."""
    return sorted({dataset_name(p) for p in paths})
