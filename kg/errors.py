"""kg's one exception hierarchy."""


class KGError(Exception):
    """Base class of every error kg raises on purpose.

    The CLI prints its message as one line and exits with code 1.
    """


class InputError(KGError):
    """A document or input file that cannot be read."""


class QueryError(KGError):
    """A SPARQL query that cannot be parsed or run."""


class ConfigError(KGError):
    """A setting with a bad value."""
