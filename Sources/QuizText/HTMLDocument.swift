import CLibXML2
import Canvas
import FoundationEssentials
import Markdown

/// An `[html]` text of a Moodle question as the reader's own `Document`, so paragraphs, lists,
/// tables, bold and italic are drawn as the reader draws a module's.
///
/// The parser is libxml2's HTML parser (Debian's libxml2): it is kept up by a large project,
/// reads broken markup the way browsers mostly do (unclosed `<p>`, stray `</b>`), decodes every
/// entity, and is what PHP's DOMDocument is built on, which Moodle's own HTML-to-text conversion
/// uses. Scripts, styles and the document head are dropped; every other tag gives way to its text
/// and is never shown; each string is sanitized after the entities are decoded (`&#27;`).
public enum HTMLDocument {
    public static func parse(_ html: String) -> Document {
        _ = parserInitialized
        var source = html
        // Without HUGE, libxml2 drops all text nested deeper than 256 elements; the walk below
        // reads such depths without recursion.
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
        let document: htmlDocPtr? = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return Document(blocks: []) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return Document(blocks: []) }
        return Document(blocks: HTMLConverter().blocks(ofChildrenOf: root, depth: 0))
    }
}

/// libxml2 must be set up once before parsers run on several threads.
private let parserInitialized: Void = xmlInitParser()

/// How an HTML node is read.
enum HTMLNode {
    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    static func isText(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }

    static func content(_ node: xmlNodePtr) -> String {
        node.pointee.content.map { String(cString: $0) } ?? ""
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { belajar_xml_free(value) }
        return String(cString: value)
    }

    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            result.append(current)
            child = current.pointee.next
        }
        return result
    }

    /// All the text under a node, without recursion, however deep the markup.
    static func text(under node: xmlNodePtr) -> String {
        var text = ""
        var stack = children(node).reversed() as [xmlNodePtr]
        while let current = stack.popLast() {
            if isText(current) { text += content(current) }
            if isElement(current), !HTMLConverter.dropped.contains(name(current)) {
                stack += children(current).reversed()
            }
        }
        return text
    }
}
