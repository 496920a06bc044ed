"""Printing a table laid out as HTML (the same page the PDF export renders) with QtPrintSupport."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def ask_for_printer(parent: QWidget, document_name: str):
    """The printer the user chose in the print dialog, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def print_html(printer, html: str, *, landscape: bool) -> None:
    from PySide6.QtGui import QPageLayout, QTextDocument

    if landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
