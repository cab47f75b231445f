"""Marker interfaces of the documents database (workflows.zcml names content types by interface)."""

from hpportal.core.interfaces import IEditorial


class ILegalDocument(IEditorial):
    """A legal or administrative document: it goes through the portal's editorial procedure."""


class IDraftDocument(IEditorial):
    """A draft for public comment: it goes through the portal's editorial procedure like a document."""
