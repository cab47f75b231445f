"""Marker interfaces: what ``workflows.zcml`` names in ``content_types`` (repoze.workflow wants interfaces)."""

from zope.interface import Interface


class IContent(Interface):
    """Anything in the content tree."""


class IEditorial(IContent):
    """Content that goes through an editorial workflow before the public sees it: news articles, pages."""
