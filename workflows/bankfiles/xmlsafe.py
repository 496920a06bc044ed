"""Parse untrusted XML without network, DTDs or entities."""

from __future__ import annotations

from lxml import etree

from workflows.bankfiles.model import PaymentFileError

_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes) -> etree._Element:
    """The root element, or PaymentFileError naming the line of the first XML error."""
    for forbidden in _FORBIDDEN:
        if forbidden in data:
            raise PaymentFileError("XML-filen indeholder en DOCTYPE/ENTITY-erklæring; afvist")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if isinstance(exc.lineno, int) and exc.lineno > 0 else None
        raise PaymentFileError(f"XML-filen kan ikke læses: {exc.msg}", line) from None
    except ValueError as exc:  # e.g. an encoding declaration lxml cannot honour
        raise PaymentFileError(f"XML-filen kan ikke læses: {exc}") from None
    if root is None:
        raise PaymentFileError("XML-filen er tom")
    return root
