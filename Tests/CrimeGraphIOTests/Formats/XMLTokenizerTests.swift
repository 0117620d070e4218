import CrimeGraph
import Testing

@testable import CrimeGraphIO

@Suite("XML tokenizer")
struct XMLTokenizerTests {
    func events(_ text: String, wantsText: Bool = true) throws -> [String] {
        var tokenizer = XMLTokenizer(try InputText(bytes: Array(text.utf8), file: "t.xml"))
        tokenizer.wantsText = wantsText
        var result: [String] = []
        while let event = try tokenizer.next() {
            switch event {
            case .start(let tag): result.append("<\(tag.name)" + tag.attributes.map { " \($0.name)=\($0.value)" }.joined() + ">")
            case .end(let name, _, _): result.append("</\(name)>")
            case .text(let text, _): result.append("'\(text)'")
            }
        }
        return result
    }

    func failure(_ text: String) -> String {
        do {
            _ = try events(text)
            return "no error"
        } catch let error as Diagnostic {
            return "\(error.location.line):\(error.location.column): \(error.message)"
        } catch {
            return "\(error)"
        }
    }

    @Test func elementsAttributesAndText() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c --><a x=\"1\" y='two &amp; &#x41;&#66;'><b/>t&lt;x<![CDATA[<raw>&]]></a>\n"
        #expect(try events(xml) == ["<a x=1 y=two & AB>", "<b>", "</b>", "'t<x'", "'<raw>&'", "</a>"])
    }

    @Test func attributeValuesAreNormalizedAndLineEndsToo() throws {
        #expect(try events("<a v=\"x\ty\nz&#10;\">1\r\n2\r3</a>") == ["<a v=x y z\n>", "'1\n2\n3'", "</a>"])
    }

    @Test func textIsSkippedUnlessWanted() throws {
        #expect(try events("<a>hello<b>x</b></a>", wantsText: false) == ["<a>", "<b>", "</b>", "</a>"])
    }

    @Test("malformed documents are refused at the right place", arguments: [
        ("<a><b></a>", "1:7: mismatched end tag </a>: expected </b> (opened at line 1, column 4)"),
        ("<a>\n<b x=\"1\">", "2:10: truncated XML: the file ends inside <b> (opened at line 2, column 1)"),
        ("<a x=\"1", "1:7: truncated XML: the file ends inside the value of 'x'"),
        ("<a x=1/>", "1:6: the value of 'x' must be in quotes"),
        ("<a x=\"1\" x=\"2\"/>", "1:10: the attribute 'x' is repeated in <a>"),
        ("<a>&nbsp;</a>", "1:4: unknown entity '&nbsp;': only &lt; &gt; &amp; &quot; &apos; and character references are read (entities are never expanded)"),
        ("<a>AT&T</a>", "1:6: '&' must start a reference such as &amp; (write a literal & as &amp;)"),
        ("<a>&#0;</a>", "1:4: '&#0;' is not a valid character reference"),
        ("<a/><b/>", "1:5: a second root element <b>: an XML document has one root"),
        ("hello", "1:1: text before the root element: this is not an XML document"),
        ("<a></a>junk", "1:8: text after the end of the root element"),
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>", "1:1: the document declares encoding 'iso-8859-1': only UTF-8 is read; convert the file to UTF-8"),
        ("<!-- only a comment -->", "1:1: no XML element found: this is not an XML document"),
        ("<a><!-- open", "1:8: truncated XML: the file ends inside a comment"),
        ("<a b=\"<\"/>", "1:7: '<' is not allowed in the value of 'b'"),
    ])
    func malformed(text: String, expected: String) {
        #expect(failure(text) == expected)
    }

    @Test func doctypeAndEntitiesAreRefusedNeverResolved() {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <graphml><graph><node id="&xxe;"/></graph></graphml>
            """
        #expect(failure(xxe) == "2:1: DOCTYPE declarations are refused: CrimeGraph never reads DTDs, so external entities and entity expansion are never resolved")
        let bomb = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><lolz>&lol2;</lolz>"
        #expect(failure(bomb).contains("DOCTYPE declarations are refused"))
        #expect(failure("<a><!ENTITY x \"y\"></a>").contains("entity declarations are refused"))
    }

    @Test func escapingRoundTrips() throws {
        let text = "a<b>&\"c'\td\ne\r\u{1}f"
        let xml = "<x v=\"\(XMLText.escaped(text))\">\(XMLText.escaped(text))</x>"
        #expect(try events(xml) == ["<x v=a<b>&\"c'\td\ne\r\u{FFFD}f>", "'a<b>&\"c'\td\ne\r\u{FFFD}f'", "</x>"])
    }
}
