"""File and Image content kept in ZODB blobs; uploads are sniffed, images get Pillow thumbnails."""

from __future__ import annotations

import io
import os

import colander
import deform
import magic
from persistent.mapping import PersistentMapping
from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError
from ZODB.blob import Blob

from hpportal.core.content import Content, content_type
from hpportal.core.i18n import _
from hpportal.core.security import ADD

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
#: Larger images are refused from their header, before a pixel is decoded (a small file can hold a huge image).
MAX_IMAGE_PIXELS = 50_000_000

#: Document types a portal publishes. HTML and SVG are active content and never accepted.
FILE_TYPES = {
    "application/pdf": ".pdf",
    "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.ms-excel": ".xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/zip": ".zip",
    "text/plain": ".txt",
    "text/csv": ".csv",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
}
IMAGE_TYPES = {k: v for k, v in FILE_TYPES.items() if k.startswith("image/")}

#: Thumbnail sizes (longest side, pixels).
SCALES = {"thumb": 320, "preview": 960}


class UploadRefused(ValueError):
    def __init__(self, message, field: str = "upload"):
        super().__init__(str(message))
        self.message = message
        self.field = field


class ImageTooLarge(UploadRefused):
    """An image with more pixels than :data:`MAX_IMAGE_PIXELS`, refused before it is decoded."""


def sniff(head: bytes) -> str:
    """The MIME type of content, from its first bytes (never from the name the browser sent)."""
    return magic.from_buffer(head, mime=True)


def _read_upload(fp, allowed: dict[str, str]) -> tuple[bytes, str]:
    fp.seek(0)
    data = fp.read(MAX_UPLOAD_BYTES + 1)
    if not data:
        raise UploadRefused(_("The file is empty."))
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadRefused(
            _("The file is larger than ${size} MB.", mapping={"size": MAX_UPLOAD_BYTES // (1024 * 1024)})
        )
    mimetype = sniff(data[:2048])
    if mimetype == "text/plain" and b"," in data[:2048] and "text/csv" in allowed:
        mimetype = "text/csv" if _looks_like_csv(data) else mimetype
    if mimetype not in allowed:
        raise UploadRefused(_("Files of type ${type} are not accepted here.", mapping={"type": mimetype}))
    return data, mimetype


def _looks_like_csv(data: bytes) -> bool:
    lines = data[:4096].splitlines()[:5]
    return len(lines) > 1 and len({line.count(b",") for line in lines}) == 1


def _write_blob(data: bytes) -> Blob:
    blob = Blob()
    with blob.open("w") as out:
        out.write(data)
    return blob


def safe_filename(filename: str, mimetype: str) -> str:
    """The base name only (browsers may send a full path), with an extension matching the real type."""
    name = os.path.basename((filename or "").replace("\\", "/")).strip() or "file"
    stem, ext = os.path.splitext(name)
    wanted = FILE_TYPES.get(mimetype, ext)
    if ext.lower() not in {wanted, ".jpeg" if wanted == ".jpg" else wanted}:
        name = (stem or "file") + wanted
    return name


class FileSchema(colander.MappingSchema):
    title = colander.SchemaNode(colander.String(), title=_("Title"), missing="")
    description = colander.SchemaNode(
        colander.String(), title=_("Description"), missing="", widget=deform.widget.TextAreaWidget(rows=2)
    )
    upload = colander.SchemaNode(
        deform.FileData(), title=_("File"), widget=deform.widget.FileUploadWidget(None), missing=colander.null
    )


def file_schema():
    return FileSchema()


@content_type(
    "File",
    title=_("File"),
    add_permission=ADD,
    schema=file_schema,
    addable_to=("Portal", "SubPortal", "LanguageRoot"),
    icon="file-earmark",
    searchable=True,
)
class File(Content):
    allowed_types = FILE_TYPES

    def __init__(self, title="", description="", **attrs):
        super().__init__(title, description, **attrs)
        self.blob: Blob | None = None
        self.filename = ""
        self.mimetype = ""
        self.size = 0

    def receive_upload(self, field: str, fp, filename: str, registry=None) -> None:
        if field != "upload":
            raise KeyError(field)
        self.upload(fp, filename)

    def upload(self, fp, filename: str) -> None:
        """Store an upload in a blob after checking its real type; raise :class:`UploadRefused`."""
        data, mimetype = _read_upload(fp, self.allowed_types)
        self._store(data, mimetype, filename)

    def _store(self, data: bytes, mimetype: str, filename: str) -> None:
        self.blob = _write_blob(data)
        self.mimetype = mimetype
        self.size = len(data)
        self.filename = safe_filename(filename, mimetype)
        if not self.title:
            self.title = os.path.splitext(self.filename)[0]

    def open(self):
        return self.blob.open("r")


@content_type(
    "Image",
    title=_("Image"),
    add_permission=ADD,
    schema=file_schema,
    addable_to=("Portal", "SubPortal", "LanguageRoot"),
    icon="image",
    searchable=True,
)
class Image(File):
    allowed_types = IMAGE_TYPES

    def __init__(self, title="", description="", **attrs):
        super().__init__(title, description, **attrs)
        self.width = self.height = 0
        self.scales = PersistentMapping()  # scale name -> (Blob, width, height)

    def upload(self, fp, filename: str) -> None:
        data, mimetype = _read_upload(fp, self.allowed_types)
        try:
            with PILImage.open(io.BytesIO(data)) as probe:
                width, height = probe.size
                probe.verify()
        except (UnidentifiedImageError, PILImage.DecompressionBombError, OSError, SyntaxError, ValueError) as exc:
            raise UploadRefused(_("The image is damaged or not an image.")) from exc
        if width * height > MAX_IMAGE_PIXELS:
            raise ImageTooLarge(
                _(
                    "The image is too large: at most ${megapixels} million pixels.",
                    mapping={"megapixels": MAX_IMAGE_PIXELS // 1_000_000},
                )
            )
        try:
            with PILImage.open(io.BytesIO(data)) as img:
                img = ImageOps.exif_transpose(img)
                self.width, self.height = img.size
                scales = {name: _scaled(img, size) for name, size in SCALES.items()}
        except (UnidentifiedImageError, PILImage.DecompressionBombError, OSError, SyntaxError, ValueError) as exc:
            raise UploadRefused(_("The image is damaged or not an image.")) from exc
        self._store(data, mimetype, filename)
        self.scales = PersistentMapping({name: (_write_blob(b), w, h) for name, (b, w, h) in scales.items()})

    def scale(self, name: str):
        """``(blob, width, height)`` of a thumbnail, or ``None``."""
        return self.scales.get(name)


def _scaled(img, size: int) -> tuple[bytes, int, int]:
    copy = img.copy()
    copy.thumbnail((size, size), PILImage.LANCZOS)
    if copy.mode not in ("RGB", "L"):
        copy = copy.convert("RGB")
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue(), copy.width, copy.height


def includeme(config):
    config.add_content_type(File)
    config.add_content_type(Image)
