"""The translation string factory of the ``hpportal`` gettext domain and locale negotiation."""

from pyramid.i18n import TranslationStringFactory

DOMAIN = "hpportal"
DEFAULT_LOCALE = "vi"
LOCALES = ("vi", "en", "zh", "ko", "ja")

_ = TranslationStringFactory(DOMAIN)
