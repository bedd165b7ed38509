"""Importing partner XML feeds without entity expansion."""

from typing import Iterator

import defusedxml.ElementTree as SafeET
from lxml import etree

HARDENED = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_feed(data: bytes) -> list[dict]:
    root = SafeET.fromstring(data)
    return [{"sku": item.findtext("sku"), "price": item.findtext("price")} for item in root.iter("item")]


def parse_with_lxml(data: bytes) -> etree._Element:
    return etree.fromstring(data, HARDENED)


def stream_items(path: str) -> Iterator[dict]:
    for _event, elem in SafeET.iterparse(path, events=("end",)):
        if elem.tag == "item":
            yield {"sku": elem.findtext("sku")}
            elem.clear()
