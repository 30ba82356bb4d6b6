"""The base of the exceptions services and parsers raise for something a person asked that cannot be done."""


class Refused(Exception):
    """`message` is for the person, already translated: views show it as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
