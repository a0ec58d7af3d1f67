/// The report's own CSS, inlined in every page: readable on screen, clean on A4 paper, fine in greyscale.
enum ReportStyleSheet {
    static let css = """
        @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 11pt; line-height: 1.45;
          color: #111; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem; }
        header.report-for { font-size: 9pt; color: #333; border-bottom: 1px solid #777;
          padding-bottom: .3rem; margin-bottom: 1rem; }
        h1 { font-size: 20pt; margin: .2rem 0 .8rem; }
        h2 { font-size: 14pt; margin: 1.6rem 0 .5rem; border-bottom: 2px solid #111; padding-bottom: .15rem;
          break-after: avoid; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: 10pt; }
        caption { text-align: left; font-weight: bold; padding: .2rem 0; }
        th, td { border: 1px solid #666; padding: .25rem .4rem; text-align: left; vertical-align: top; }
        th { background: #e6e6e6; }
        tr { break-inside: avoid; }
        thead { display: table-header-group; }
        .figures { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure { margin: .5rem 0 1rem; flex: 1 1 20rem; break-inside: avoid; }
        figure svg { max-width: 100%; height: auto; display: block; }
        figcaption { font-weight: bold; margin-top: .3rem; }
        .alternative { font-size: 9.5pt; margin: .3rem 0 0; }
        .empty { font-style: italic; }
        footer { margin-top: 2rem; font-size: 9pt; color: #333; border-top: 1px solid #777; padding-top: .3rem; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
