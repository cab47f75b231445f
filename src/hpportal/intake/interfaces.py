"""Marker interfaces of the intake (workflows.zcml names content types by interface)."""

from zope.interface import Interface


class IIntakeItem(Interface):
    """Information sent to a board: it goes through the intake workflow of workflows.zcml."""
