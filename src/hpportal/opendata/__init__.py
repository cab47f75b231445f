"""Open data: the ways others reuse the portal's information (REGULATION Art. 19.1; Decree 224/2026 Art. 11.5).

This package serves the read-only JSON API (``/api/v1/``, described at ``/api`` and by its OpenAPI
document), ``/robots.txt`` and the sitemaps (``sitemap.xml`` of every portal). They are
views over the catalog: what they list is what an anonymous visitor may see, read from the
``allowed`` index, never from loaded objects. The page metadata (canonical link, sharing cards,
JSON-LD) is the kernel's ``config.add_page_metadata``; each capability describes its own types.
"""


def includeme(config):
    config.scan(".sitemaps")
    config.scan(".api")
