import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

import defusedxml.ElementTree as SafeET
from lxml import etree


def parse_invoice(data: bytes):
    # ruleid: python-xxe
    parser = etree.XMLParser(resolve_entities=False)
    return etree.fromstring(data, parser)


def parse_feed(stream):
    # ruleid: python-xxe
    parser = etree.XMLParser(load_dtd=False, no_network=True)
    return etree.parse(stream, parser)


def parse_big(stream):
    # ruleid: python-xxe
    return etree.parse(stream, etree.XMLParser(huge_tree=False))


def sax_import(stream, handler):
    parser = xml.sax.make_parser()
    # ruleid: python-xxe
    parser.setFeature(feature_external_ges, False)
    parser.setContentHandler(handler)
    parser.parse(stream)


def pull(stream):
    parser = xml.sax.make_parser()
    # ruleid: python-xxe
    parser.setFeature(xml.sax.handler.feature_external_pes, False)
    return pulldom.parse(stream, parser=parser)


# ---- safe look-alikes ----


def parse_hardened(data: bytes):
    # ok: python-xxe
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(data, parser)


def parse_defused(data: str):
    # ok: python-xxe
    return SafeET.fromstring(data)


def sax_safe(stream, handler):
    parser = xml.sax.make_parser()
    # ok: python-xxe
    parser.setFeature(feature_external_ges, False)
    # ok: python-xxe
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    parser.setContentHandler(handler)
    parser.parse(stream)


def html_clean(markup):
    # ok: python-xxe
    return etree.HTMLParser(remove_comments=True, recover=True)
