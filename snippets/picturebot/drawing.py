"""Draw a word on a picture with Pillow: any script Open Sans covers, Cyrillic too."""

import hashlib
import io

from PIL import Image, ImageDraw, ImageFont
from ttf_opensans import opensans

SIZE = (800, 450)
MARGIN = 48
FONT_PATH = str(opensans(font_weight=700).path)  # Open Sans Bold, from PyPI


def draw_word(word: str) -> bytes:
    """A PNG with ``word`` written large in the middle, on a colour of its own."""
    background = _colour_of(word)
    image = Image.new("RGB", SIZE, background)
    draw = ImageDraw.Draw(image)
    font, lines = _fit(draw, word)
    text = "\n".join(lines)
    ink = "white" if sum(background) < 3 * 150 else "black"
    centre = (SIZE[0] / 2, SIZE[1] / 2)
    draw.multiline_text(centre, text, font=font, fill=ink, anchor="mm", align="center")
    png = io.BytesIO()
    image.save(png, format="PNG")
    return png.getvalue()


def _colour_of(word: str) -> tuple[int, int, int]:
    """The same word always gets the same colour."""
    red, green, blue = hashlib.sha256(word.encode()).digest()[:3]
    return red, green, blue


def _fit(draw: ImageDraw.ImageDraw, word: str):
    """The largest font, and the line breaks, with which ``word`` fits the picture."""
    width, height = SIZE[0] - 2 * MARGIN, SIZE[1] - 2 * MARGIN
    for size in range(160, 15, -8):
        font = ImageFont.truetype(FONT_PATH, size)
        lines = _wrap(draw, word, font, width)
        left, top, right, bottom = draw.multiline_textbbox(
            (0, 0), "\n".join(lines), font=font
        )
        if right - left <= width and bottom - top <= height:
            return font, lines
    return font, lines  # the smallest size: the bot sends at most 100 characters


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]
