"""How a news article describes itself to search engines and sharing cards: a schema.org NewsArticle."""

from __future__ import annotations

from hpportal.news.models import NewsArticle


def article_metadata(request, article, meta) -> dict:
    found = {
        "@type": "NewsArticle",
        "headline": article.title,
        "url": meta.canonical,
        "datePublished": article.date().isoformat(),
        "dateModified": article.modified.isoformat(),
    }
    if article.description:
        found["description"] = article.description
    if article.author:
        found["author"] = {"@type": "Person", "name": article.author}
    image = article.lead_image
    if image is not None:
        found["image"] = request.resource_url(image, "thumbnail", "preview")
    return {"og_type": "article", "image": image, "json_ld": found}


def includeme(config):
    config.add_page_metadata(NewsArticle, article_metadata)
