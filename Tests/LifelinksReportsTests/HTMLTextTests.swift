import Testing

@testable import LifelinksReports

@Suite("HTML text")
struct HTMLTextTests {
    @Test("markup, quotes and ampersands come out as text; control characters are dropped")
    func escapes() {
        #expect(
            HTMLText.escape("\"]; <script>alert('x')</script> & co")
                == "&quot;]; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co")
        #expect(HTMLText.escape("a\u{0}b\u{7}c\u{85}d\ne") == "abcd\ne")
        #expect(HTMLText.escape("مرحبا 👋🏽 שלום") == "مرحبا 👋🏽 שלום")
    }
}
