"""Texts of Qt's own widgets that Qt's Danish catalogue (qtbase_da.qm) lacks in this Qt version.

Qt's file dialog asks for "&Look in:" and "Files of &type:", while qtbase_da.qm still holds the
older "Look in:" / "Files of type:"; our catalogue (installed after Qt's, so asked first) gives
them, so the file dialog says "Kig i" and "Filer af type" (Swedish has them already, and the
same words are kept for it). Nothing imports this module: lupdate reads the marks.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
