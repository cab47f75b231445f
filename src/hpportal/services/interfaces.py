"""Marker interfaces of the procedures catalogue (workflows.zcml names content types by interface)."""

from hpportal.core.interfaces import IEditorial


class IProcedure(IEditorial):
    """An administrative procedure: published through the portal's editorial procedure."""
