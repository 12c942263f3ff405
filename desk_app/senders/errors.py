"""What a sender raises when a message did not get through."""


class SendFailed(Exception):
    """The gateway refused or could not be reached; the message says what it answered."""
