"""Errors the knowledge base reports to people; each message is Indonesian and says what to do."""


class KnowledgeError(Exception):
    """A problem with input or a request, reported to the user as it is."""


class InvalidInput(KnowledgeError):
    """The text or file cannot be read as an article."""


class DuplicateArticle(KnowledgeError):
    """The article (same id or same text) is already in the knowledge base."""


class NoFacts(KnowledgeError):
    """The text has no fact about lokalisasi that the extractor can find."""


class NotFound(KnowledgeError):
    """No article, fact or change with the given id."""
