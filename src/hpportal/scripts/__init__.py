"""The ``hpportal`` command."""
