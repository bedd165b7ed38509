package com.example.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;

public class ParserSettings {

    public DocumentBuilderFactory lenientDom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // ruleid: java-xml-external-entities-enabled
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // ruleid: java-xml-external-entities-enabled
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        // ruleid: java-xml-external-entities-enabled
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        return factory;
    }

    public SAXParserFactory noSecureProcessing() throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        // ruleid: java-xml-external-entities-enabled
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory;
    }

    public XMLInputFactory stax() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        // ruleid: java-xml-external-entities-enabled
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // ruleid: java-xml-external-entities-enabled
        factory.setProperty("javax.xml.stream.isSupportingExternalEntities", Boolean.FALSE);
        return factory;
    }

    public DocumentBuilderFactory strictDom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // ok: java-xml-external-entities-enabled
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // ok: java-xml-external-entities-enabled
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        // ok: java-xml-external-entities-enabled
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // ok: java-xml-external-entities-enabled
        factory.setNamespaceAware(true);
        return factory;
    }

    public XMLInputFactory strictStax() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        // ok: java-xml-external-entities-enabled
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // ok: java-xml-external-entities-enabled
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        return factory;
    }
}
