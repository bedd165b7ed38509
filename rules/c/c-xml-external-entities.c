#include <libxml/parser.h>
#include <libxml/xmlreader.h>

xmlDocPtr load_invoice(const char *xml, int len) {
    // ruleid: c-xml-external-entities
    return xmlReadMemory(xml, len, "invoice.xml", NULL, XML_PARSE_NOENT | XML_PARSE_NONET);
}

xmlDocPtr load_with_dtd(const char *path) {
    // ruleid: c-xml-external-entities
    return xmlReadFile(path, NULL,
                       XML_PARSE_DTDLOAD);
}

void legacy_setup(xmlParserCtxtPtr ctxt) {
    // ruleid: c-xml-external-entities
    xmlSubstituteEntitiesDefault(1);
    // ruleid: c-xml-external-entities
    xmlCtxtUseOptions(ctxt, XML_PARSE_NOENT);
}

xmlDocPtr load_safely(const char *xml, int len) {
    // ok: c-xml-external-entities
    return xmlReadMemory(xml, len, "invoice.xml", NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
}

void keep_defaults(void) {
    // ok: c-xml-external-entities
    xmlSubstituteEntitiesDefault(0);
}
