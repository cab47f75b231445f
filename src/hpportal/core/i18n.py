"""The translation string factory of the ``hpportal`` gettext domain and locale negotiation."""

from pyramid.i18n import TranslationStringFactory

DOMAIN = "hpportal"
DEFAULT_LOCALE = "vi"
LOCALES = ("vi", "en", "zh", "ko", "ja")

_ = TranslationStringFactory(DOMAIN)


def negotiate_locale(request) -> str:
    """The locale of the nearest language root above the context (``/en``, ``/ja`` ...), else Vietnamese."""
    chosen = request.environ.get("hpportal.language")  # set where no context says it (core/robustness.py)
    if chosen in LOCALES:
        return chosen
    node = getattr(request, "context", None)
    while node is not None and not isinstance(node, BaseException):
        if getattr(node, "is_language_root", False):
            return node.language
        node = getattr(node, "__parent__", None)
    return DEFAULT_LOCALE
