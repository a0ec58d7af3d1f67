import Foundation
import LifelinksModel
import Testing

@testable import LifelinksReports

@Suite("Report output: HTML and PDF")
struct ReportOutputTests {
    let network = ReportFixture.network
    let today = ReportFixture.today

    func everyDocument(_ audience: Audience) throws -> [ReportDocument] {
        [
            try PlanReport.document(network, audience: audience, on: today),
            try ReviewReport.document(network, audience: audience, on: today),
            TeamReport.document([network], audience: audience, on: today),
            CohortReport.document([network], audience: audience, on: today),
        ]
    }

    @Test("HTML is one self-contained page: lang, one h1, real tables, figures with words, no script, nothing fetched")
    func htmlStructure() throws {
        let html = HTMLReportWriter.html(for: try PlanReport.document(network, audience: .professional, on: today))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(html.components(separatedBy: "<h1>").count == 2)
        #expect(html.contains("<th scope=\"col\">Who</th>"))
        #expect(html.contains("<figure aria-describedby=\"figure-1-words\">"))
        #expect(html.contains("<svg role=\"img\" aria-labelledby=\"figure-1-caption\""))
        #expect(html.contains("<li>Patricia Quill (my nan): close; committed in the plan.</li>"))
        #expect(html.contains("@page { size: A4;"))
        #expect(!html.lowercased().contains("<script"))
        for fetch in ["http://", "https://", "src=", "<link", "@import"] {
            // The SVG namespace is the only address, and it is never fetched.
            let found = html.replacingOccurrences(of: "http://www.w3.org/", with: "").contains(fetch)
            #expect(!found, "\(fetch)")
        }
    }

    @Test("hostile names come out as text in the HTML", arguments: Audience.allCases)
    func hostileNamesInHTML(audience: Audience) throws {
        for document in try everyDocument(audience) {
            let html = HTMLReportWriter.html(for: document)
            #expect(!html.contains("<script>"))
            #expect(!html.contains("<b>often</b>"))
            if document.title.hasPrefix("Lifelong Links plan") {
                #expect(
                    html.contains(
                        "&quot;]; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; {label=&quot;bad&quot;}"))
                #expect(html.contains(ReportFixture.rightToLeftName))
                #expect(html.contains(ReportFixture.hebrewWords))
                #expect(html.contains(ReportFixture.emojiName))
            }
        }
    }

    @Test("SVG inside the HTML has its ids prefixed, so two figures never share one")
    func figureIDs() throws {
        let html = HTMLReportWriter.html(for: try ReviewReport.document(network, audience: .professional, on: today))
        let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ids.count > 10)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids.count - Set(ids).count)")
    }

    @Test("every report makes a PDF with a header, page numbers, searchable text and the hostile names as text")
    func pdf() throws {
        for document in try everyDocument(.professional) {
            let bytes = try PDFReportWriter.pdf(for: document)
            #expect(bytes.starts(with: Array("%PDF-".utf8)))
            guard let text = try ReportFixture.pdfText(bytes) else {
                Issue.record("pdftotext is needed (poppler-utils; scripts/setup installs it)")
                return
            }
            let flat = text.withoutWhitespace
            #expect(flat.contains(document.title.withoutWhitespace))
            #expect(flat.contains("For:Professionals·Made2026-11-26·Lifelinks"))
            #expect(flat.contains("Page1of"))
            if document.title.hasPrefix("Lifelong Links plan") {
                #expect(flat.contains(ReportFixture.hostileName.withoutWhitespace))
                #expect(flat.contains(ReportFixture.nanPhone.withoutWhitespace))
                #expect(flat.contains(ReportFixture.rightToLeftName.withoutWhitespace))
                #expect(flat.contains(ReportFixture.hebrewWords.withoutWhitespace))
                // With a font that has it (fonts-symbola, which scripts/setup installs), an emoji is text too.
                #expect(flat.contains(ReportFixture.emojiName.withoutWhitespace))

                #expect(flat.contains("TeaonSundays"))
                #expect(flat.contains("Messages<b>often</b>"))
            }
        }
    }

    @Test("the same document gives the same PDF, byte for byte")
    func reproduciblePDF() throws {
        let document = try PlanReport.document(network, audience: .family, on: today)
        #expect(try PDFReportWriter.pdf(for: document) == PDFReportWriter.pdf(for: document))
    }

    @Test("a long table breaks across pages and repeats its header")
    func longTable() throws {
        var document = ReportDocument(title: "Long", audience: .professional, madeOn: today)
        document.table(
            ReportTable(
                caption: "Many rows", columns: ["Row", "Text"],
                rows: (1...120).map { ["row \($0)", String(repeating: "words ", count: 12)] }))
        let bytes = try PDFReportWriter.pdf(for: document)
        guard let text = try ReportFixture.pdfText(bytes) else {
            Issue.record("pdftotext is needed")
            return
        }
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: true)
        #expect(pages.count >= 4)
        #expect(pages.allSatisfy { $0.contains("Row") && $0.contains("Text") })
        #expect(text.contains("row 120"))
        #expect(text.contains("Page \(pages.count) of \(pages.count)"))
    }

    @Test("a diagram librsvg cannot read is refused with a message that holds none of the report")
    func unreadableFigure() {
        var document = ReportDocument(title: "Broken", audience: .professional, madeOn: today)
        document.figures([ReportFigure(caption: "Secret name", svg: "<svg><g>Secret", sentences: [])])
        #expect {
            _ = try PDFReportWriter.pdf(for: document)
        } throws: { error in
            "\(error)".contains("diagram") && !"\(error)".contains("Secret")
        }
    }
}
