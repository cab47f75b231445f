"""News and pages in the open data API (``/api/v1/news``, ``/api/v1/pages``)."""

from __future__ import annotations

from hpportal.core.api import ApiCollection

URI_OR_NULL = {"type": ["string", "null"], "format": "uri"}


def _article(request, article) -> dict:
    image = article.lead_image
    return {
        "body": article.body,
        "author": article.author,
        "subjects": list(article.subjects),
        "section": request.resource_url(article.__parent__),
        "image": request.resource_url(image, "thumbnail", "preview") if image is not None else None,
        "image_caption": article.lead_image_caption or "",
    }


def _page(request, page) -> dict:
    return {"body": page.body, "section": request.resource_url(page.__parent__)}


NEWS = ApiCollection(
    "news",
    types=("NewsArticle",),
    title="News articles",
    title_vi="Tin bài",
    properties={
        "body": {"type": "string", "description": "Sanitised HTML"},
        "author": {"type": "string"},
        "subjects": {"type": "array", "items": {"type": "string"}},
        "section": {"type": "string", "format": "uri"},
        "image": URI_OR_NULL,
        "image_caption": {"type": "string"},
    },
    required=("body", "author", "subjects", "section", "image", "image_caption"),
    serialize=_article,
)
PAGES = ApiCollection(
    "pages",
    types=("Page",),
    title="Pages",
    title_vi="Trang thông tin",
    properties={"body": {"type": "string", "description": "Sanitised HTML"}, "section": {"type": "string"}},
    required=("body", "section"),
    serialize=_page,
)


def includeme(config):
    config.add_api_collection(NEWS)
    config.add_api_collection(PAGES)
