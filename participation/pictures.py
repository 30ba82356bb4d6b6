"""Pictures of proposals: checked, turned upright, shrunk and saved without their metadata.

Phone photos carry the place where they were taken and the device in EXIF; re-encoding drops all of it.
"""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 1600
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def cleaned_picture(upload: UploadedFile) -> ContentFile:
    """The upload as a fresh JPEG/PNG/WebP file; a clear error for anything else."""
    if upload.size is not None and upload.size > MAX_BYTES:
        raise ValidationError(_("The picture is too large. Please choose one under 5 MB."), code="too_large")
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            kind = image.format or ""
            if kind not in FORMATS:
                raise ValidationError(_("Please choose a photo (JPEG, PNG or WebP)."), code="wrong_type")
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((MAX_SIDE, MAX_SIDE))
            if kind == "JPEG" and upright.mode not in {"RGB", "L"}:
                upright = upright.convert("RGB")
            buffer = io.BytesIO()
            upright.save(buffer, format=kind)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValidationError(_("Please choose a photo (JPEG, PNG or WebP)."), code="wrong_type") from error
    return ContentFile(buffer.getvalue(), name=f"picture.{FORMATS[kind]}")
