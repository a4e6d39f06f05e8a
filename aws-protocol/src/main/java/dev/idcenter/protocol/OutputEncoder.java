package dev.idcenter.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** Writes output trees and errors in awsQuery XML or JSON 1.1. */
final class OutputEncoder {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private OutputEncoder() {
    }

    // ------------------------------------------------------------------ awsQuery XML

    interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    /**
     * The document as UTF-8. The JDK's writer is given a character writer, which it fills in buffered chunks: given an
     * output stream instead, it encodes and writes every character on its own through the synchronized stream.
     */
    static byte[] xml(XmlBody body) {
        StringWriter out = new StringWriter(1024);
        try {
            XMLStreamWriter w;
            synchronized (XML) {
                w = XML.createXMLStreamWriter(out);
            }
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        text(w, text);
        w.writeEndElement();
    }

    /** Character data, with characters XML 1.0 forbids replaced and carriage returns kept as {@code &#13;}. */
    static void text(XMLStreamWriter w, String text) throws XMLStreamException {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (plain(text)) {
            w.writeCharacters(text);
            return;
        }
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (!run.isEmpty()) {
                    w.writeCharacters(run.toString());
                    run.setLength(0);
                }
                w.writeEntityRef("#13");
            } else if (cp == 0x9 || cp == 0xA || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF)) {
                run.appendCodePoint(cp);
            } else {
                run.append('\uFFFD');
            }
        }
        if (!run.isEmpty()) {
            w.writeCharacters(run.toString());
        }
    }

    /** Whether {@code text} holds only characters XML takes as they are (the usual case: spares a copy). */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != 0x9 && c != 0xA : c >= 0xD800) {
                return false;
            }
        }
        return true;
    }

    static void xmlStructureMembers(XMLStreamWriter w, Shape shape, JsonNode node) throws XMLStreamException {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Map.Entry<String, ShapeMember> e : shape.members.entrySet()) {
            JsonNode v = node.get(e.getKey());
            if (v == null || v.isNull() || v.isMissingNode()) {
                continue;
            }
            xmlMember(w, e.getValue(), e.getValue().wireName(e.getKey()), v);
        }
    }

    private static void xmlMember(XMLStreamWriter w, ShapeMember member, String name, JsonNode v)
            throws XMLStreamException {
        Shape shape = member.shape();
        switch (shape.type) {
            case STRUCTURE -> {
                w.writeStartElement(name);
                xmlStructureMembers(w, shape, v);
                w.writeEndElement();
            }
            case LIST -> {
                ShapeMember item = shape.listMember;
                if (member.isFlattened()) {
                    String itemName = item.wireName(name);
                    for (JsonNode x : v) {
                        xmlMember(w, item, itemName, x);
                    }
                } else {
                    w.writeStartElement(name);
                    String itemName = item.wireName("member");
                    for (JsonNode x : v) {
                        xmlMember(w, item, itemName, x);
                    }
                    w.writeEndElement();
                }
            }
            case MAP -> {
                String keyName = shape.mapKey.wireName("key");
                String valueName = shape.mapValue.wireName("value");
                boolean flat = member.isFlattened();
                if (!flat) {
                    w.writeStartElement(name);
                }
                var it = v.fields();
                while (it.hasNext()) {
                    var e = it.next();
                    w.writeStartElement(flat ? name : "entry");
                    element(w, keyName, e.getKey());
                    if (e.getValue() != null && !e.getValue().isNull()) {
                        xmlMember(w, shape.mapValue, valueName, e.getValue());
                    }
                    w.writeEndElement();
                }
                if (!flat) {
                    w.writeEndElement();
                }
            }
            default -> element(w, name, scalarText(shape, v));
        }
    }

    private static String scalarText(Shape shape, JsonNode v) {
        return switch (shape.type) {
            case TIMESTAMP -> timestamp(v).toString();
            case BOOLEAN -> Boolean.toString(v.isBoolean() ? v.booleanValue() : Boolean.parseBoolean(v.asText()));
            default -> v.asText();
        };
    }

    /** A timestamp from an output tree: ISO-8601 text (or epoch seconds as a number). */
    static Instant timestamp(JsonNode v) {
        Instant instant = v.isNumber() ? InputDecoder.epochSeconds(v.decimalValue())
                : InputDecoder.parseTimestamp(v.asText().trim());
        if (instant == null) {
            throw new IllegalArgumentException("not a timestamp: " + v.asText());
        }
        return instant;
    }

    // ------------------------------------------------------------------ JSON 1.1

    static ObjectNode jsonStructure(Shape shape, JsonNode node) {
        ObjectNode out = InputDecoder.NODES.objectNode();
        if (shape == null || node == null || !node.isObject()) {
            return out;
        }
        if (shape.document) {
            return node.deepCopy();
        }
        for (Map.Entry<String, ShapeMember> e : shape.members.entrySet()) {
            JsonNode v = node.get(e.getKey());
            if (v == null || v.isNull() || v.isMissingNode()) {
                continue;
            }
            out.set(e.getValue().wireName(e.getKey()), jsonValue(e.getValue().shape(), v));
        }
        return out;
    }

    private static JsonNode jsonValue(Shape shape, JsonNode v) {
        if (shape.document) {
            return v.deepCopy();
        }
        switch (shape.type) {
            case STRUCTURE:
                return jsonStructure(shape, v);
            case LIST: {
                ArrayNode out = InputDecoder.NODES.arrayNode();
                for (JsonNode x : v) {
                    out.add(x == null || x.isNull() ? InputDecoder.NODES.nullNode() : jsonValue(shape.listMember.shape(), x));
                }
                return out;
            }
            case MAP: {
                ObjectNode out = InputDecoder.NODES.objectNode();
                v.fields().forEachRemaining(e -> out.set(e.getKey(),
                        e.getValue() == null || e.getValue().isNull() ? InputDecoder.NODES.nullNode()
                                : jsonValue(shape.mapValue.shape(), e.getValue())));
                return out;
            }
            case TIMESTAMP: {
                Instant t = timestamp(v);
                if (t.getNano() == 0) {
                    return InputDecoder.NODES.numberNode(t.getEpochSecond());
                }
                return InputDecoder.NODES.numberNode(BigDecimal.valueOf(t.getEpochSecond())
                        .add(BigDecimal.valueOf(t.getNano(), 9)).stripTrailingZeros());
            }
            case BOOLEAN:
                return InputDecoder.NODES.booleanNode(v.isBoolean() ? v.booleanValue() : Boolean.parseBoolean(v.asText()));
            case INTEGER, LONG, BYTE, SHORT, BIGINTEGER:
                return v.isNumber() ? InputDecoder.NODES.numberNode(v.bigIntegerValue())
                        : InputDecoder.NODES.numberNode(new java.math.BigInteger(v.asText().trim()));
            case FLOAT, DOUBLE, BIGDECIMAL:
                return v.isNumber() ? v.deepCopy() : InputDecoder.NODES.numberNode(new BigDecimal(v.asText().trim()));
            default:
                return InputDecoder.NODES.textNode(v.asText());
        }
    }
}
