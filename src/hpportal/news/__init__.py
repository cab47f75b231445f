"""News: sections, pages, news articles, links; the portal home pages and listings (REGULATION Art. 5)."""


def includeme(config):
    config.include(".models")
    config.include(".metadata")  # a NewsArticle for search engines and sharing cards
    config.include(".api")  # news and pages in the open data API
    config.include(".starter")  # Giới thiệu, Tin tức, Văn bản, Liên hệ of every new component portal
    config.scan(".views")
