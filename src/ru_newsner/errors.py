"""Coded errors: each says what went wrong and what to do."""


class NewsNerError(Exception):
    """Base class; ``code`` is stable and documented, the message says what to do."""

    code = "E000"

    def __init__(self, message: str):
        super().__init__(f"[{self.code}] {message}")


class ResourceError(NewsNerError):
    code = "E001"


class StageOrderError(NewsNerError):
    code = "E002"


class InputError(NewsNerError):
    code = "E003"


class ModelError(NewsNerError):
    code = "E004"
