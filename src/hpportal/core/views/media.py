"""Views of files and images: their page, the download, thumbnails."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from pyramid.httpexceptions import HTTPNotFound
from pyramid.response import FileResponse
from pyramid.view import view_config

from hpportal.core.media import File, Image
from hpportal.core.security import VIEW


def blob_response(request, blob, mimetype: str, filename: str | None = None, inline: bool = True):
    """Serve a blob from its committed file on disk, without reading it into memory."""
    path = blob.committed()  # one file per object and revision: its name identifies the content
    response = FileResponse(path, request=request, content_type=mimetype, cache_max_age=3600)
    response.etag = hashlib.sha256(path.encode()).hexdigest()[:20]
    response.conditional_response = True  # If-None-Match / If-Modified-Since answer 304
    if filename:
        disposition = "inline" if inline else "attachment"
        response.content_disposition = f"{disposition}; filename*=UTF-8''{quote(filename)}"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@view_config(context=File, permission=VIEW, renderer="hpportal:core/templates/file.pt")
def file_view(context, request):
    return {}


@view_config(context=File, name="download", permission=VIEW)
def download(context, request):
    if context.blob is None:
        raise HTTPNotFound()
    inline = context.mimetype in ("application/pdf",) or context.mimetype.startswith("image/")
    return blob_response(request, context.blob, context.mimetype, context.filename, inline=inline)


@view_config(context=Image, name="thumbnail", permission=VIEW)
def thumbnail(context, request):
    scale_name = request.subpath[0] if request.subpath else "thumb"
    scale = context.scale(scale_name)
    if scale is None:
        raise HTTPNotFound()
    return blob_response(request, scale[0], "image/jpeg")
