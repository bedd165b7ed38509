#include <libxml/parser.h>
#include <memory>
#include <string>

using DocPtr = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

DocPtr parse_feed(const std::string &body) {
    // ruleid: c-xml-external-entities
    xmlDocPtr doc = xmlReadDoc(reinterpret_cast<const xmlChar *>(body.c_str()), nullptr, nullptr, XML_PARSE_DTDLOAD);
    return DocPtr(doc, &xmlFreeDoc);
}

DocPtr parse_feed_safely(const std::string &body) {
    // ok: c-xml-external-entities
    xmlDocPtr doc = xmlReadMemory(body.data(), static_cast<int>(body.size()), nullptr, nullptr, XML_PARSE_NONET);
    return DocPtr(doc, &xmlFreeDoc);
}
