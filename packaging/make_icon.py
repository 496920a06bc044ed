"""Render the program's icon resources/app/caplegal.svg to caplegal.png (window) and caplegal.ico
(the .exe, the installer and the Start-menu entry). Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_DIR = Path(__file__).resolve().parent.parent / "resources" / "app"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def render(size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(APP_DIR / "caplegal.svg")).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> None:
    QGuiApplication.instance() or QGuiApplication([])
    big = render(256)
    big.save(APP_DIR / "caplegal.png")
    big.save(APP_DIR / "caplegal.ico", sizes=ICO_SIZES)


if __name__ == "__main__":
    main()
