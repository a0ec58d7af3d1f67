import Foundation

/// Writes a report as one self-contained HTML page: real headings and tables, inline SVG with
/// text alternatives, inline CSS, no scripts and nothing fetched from a network.
public enum HTMLReportWriter {
    public static func html(for document: ReportDocument) -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(document.title))</title>
            <style>
            \(ReportStyleSheet.css)
            </style>
            </head>
            <body>
            <header class="report-for">\(HTMLText.escape(document.header))</header>
            <main>
            <h1>\(HTMLText.escape(document.title))</h1>

            """
        page += fragment(for: document) + "\n"
        page += """
            </main>
            <footer>\(HTMLText.escape(document.header))</footer>
            </body>
            </html>

            """
        return page
    }

    /// The report's blocks alone, without page, title or header, to place inside another page.
    public static func fragment(for document: ReportDocument) -> String {
        var figureNumber = 0
        return document.blocks.map { html($0, figureNumber: &figureNumber) }.joined(separator: "\n")
    }

    static func html(_ block: ReportBlock, figureNumber: inout Int) -> String {

        switch block {
        case .heading(let text):
            return "<h2>\(HTMLText.escape(text))</h2>"
        case .paragraph(let text):
            return "<p>\(HTMLText.escape(text))</p>"
        case .facts(let facts):
            let items = facts.map { "<dt>\(HTMLText.escape($0.label))</dt><dd>\(HTMLText.escape($0.value))</dd>" }
            return "<dl class=\"facts\">\(items.joined())</dl>"
        case .list(let items):
            return "<ul>" + items.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
        case .table(let table):
            return html(table)
        case .figures(let figures):
            let parts = figures.map { figure -> String in
                figureNumber += 1
                return html(figure, number: figureNumber)
            }
            return "<div class=\"figures\">\(parts.joined(separator: "\n"))</div>"
        }
    }

    static func html(_ table: ReportTable) -> String {
        guard !table.rows.isEmpty else {
            return "<p class=\"empty\"><strong>\(HTMLText.escape(table.caption)):</strong> "
                + "\(HTMLText.escape(table.emptyText))</p>"
        }
        let head = table.columns.map { "<th scope=\"col\">\(HTMLText.escape($0))</th>" }.joined()
        let body = table.rows.map { row in
            "<tr>"
                + row.enumerated().map { index, cell in
                    index == 0 ? "<th scope=\"row\">\(HTMLText.escape(cell))</th>" : "<td>\(HTMLText.escape(cell))</td>"
                }.joined() + "</tr>"
        }
        return """
            <table>
            <caption>\(HTMLText.escape(table.caption))</caption>
            <thead><tr>\(head)</tr></thead>
            <tbody>
            \(body.joined(separator: "\n"))
            </tbody>
            </table>
            """
    }

    static func html(_ figure: ReportFigure, number: Int) -> String {
        let id = "figure-\(number)"
        let svg = InlineSVG.element(figure.svg, prefix: "f\(number)-")
            .replacingFirst("<svg", with: "<svg role=\"img\" aria-labelledby=\"\(id)-caption\"")
        let sentences = figure.sentences.map { "<li>\(HTMLText.escape($0))</li>" }.joined()
        return """
            <figure aria-describedby="\(id)-words">
            \(svg)
            <figcaption id="\(id)-caption">\(HTMLText.escape(figure.caption))</figcaption>
            <ul class="alternative" id="\(id)-words">\(sentences)</ul>
            </figure>
            """
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let found = range(of: target) else { return self }
        return self[..<found.lowerBound] + replacement + self[found.upperBound...]
    }
}
