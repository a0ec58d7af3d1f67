import HTTPTypes
import Hummingbird
import LifelinksModel

/// Renders a page's template inside the layout, as an HTML response.
struct PageView {
    let state: ServerState

    func render(
        _ template: String, title: String, _ data: [String: Any], context: AppContext, notice: String? = nil,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        render(
            body: state.templates.render(data, withTemplate: template) ?? "", title: title, context: context,
            notice: notice, status: status)
    }

    /// A body already rendered (as the case page cache keeps them), inside the layout.
    func render(
        body: String, title: String, context: AppContext, notice: String? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        var layout: [String: Any] = ["title": title, "body": body]

        if let notice { layout["notice"] = notice }
        if let member = context.identity {
            layout["member"] = [
                "name": member.name, "roles": member.roles.map(\.rawValue).sorted().joined(separator: ", "),
                "csrf": context.sessions.session?.csrf ?? "",
            ]
        }
        let html = state.templates.render(layout, withTemplate: "layout") ?? ""
        return PageView.html(html, status: status)
    }

    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy:
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'",
                HTTPField.Name("X-Content-Type-Options")!: "nosniff", HTTPField.Name("Referrer-Policy")!: "no-referrer",
            ],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

extension SearchStage {
    /// What to do next for someone at this stage, in the practice's words.
    var nextStep: String {
        switch self {
        case .identified: "start looking for them: records, family, genealogy"
        case .searching: "find where they are"
        case .located: "assess safety and check the young person's wishes, then make contact"
        case .contacted: "visit them"
        case .visited: "ask whether they will offer support"
        case .willing: "invite them to the FGC"
        case .invited: "the FGC"
        case .attended: "agree what they commit to in the plan"
        case .committed: "keep in touch; review the plan"
        case .declined, .notFound, .deceased, .doNotContact: "none: the search has ended"
        }
    }
}
