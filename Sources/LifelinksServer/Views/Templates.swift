import Mustache

/// Every page's template, by name. Mustache escapes `{{value}}` for HTML; `{{{value}}}` is used only
/// for HTML this program made itself (SVG from Graphviz, report fragments), whose text is escaped already.
enum Templates {
    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in all { try library.register(text, named: name) }
        return library
    }

    static let all: [(String, String)] = [
        ("layout", Layout.template), ("login", login), ("dashboard", dashboard), ("case", casePage),
        ("connection", connection), ("plan", plan), ("fragment", fragment), ("import", importPage),
        ("reports", reports), ("error", error), ("accounts", accounts),
    ]

    static let login = """
        <h1>Sign in</h1>
        {{#refusal}}<p class="message refused" role="alert">{{refusal}}</p>{{/refusal}}
        <form method="post" action="/login">
        <label for="name">Name</label><input id="name" name="name" autocomplete="username" required maxlength="200">
        <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200">
        <button type="submit">Sign in</button>
        </form>
        """

    static let dashboard = """
        <h1>Caseload</h1>
        <p>{{caseCount}} cases; {{peopleCount}} people in their networks.</p>
        <h2>People at each search stage</h2>
        <table><thead><tr><th scope="col">Stage</th><th scope="col">People</th></tr></thead><tbody>
        {{#stages}}<tr><th scope="row">{{stage}}</th><td>{{count}}</td></tr>{{/stages}}
        </tbody></table>
        <h2>Cases, critical gaps first</h2>
        <table><thead><tr><th scope="col">Case</th><th scope="col">Young person</th><th scope="col">Where the search is</th><th scope="col">Critical gaps</th><th scope="col">Review</th></tr></thead><tbody>
        {{#cases}}<tr><th scope="row"><a href="/cases/{{reference}}">{{reference}}</a></th><td>{{name}}</td><td>{{stages}}</td><td{{#hasCritical}} class="critical"{{/hasCritical}}>{{critical}}</td><td>{{review}}</td></tr>{{/cases}}
        </tbody></table>
        {{^cases}}<p>No cases are yours to see yet.</p>{{/cases}}
        {{#paged}}<nav aria-label="Pages of cases"><p>Page {{page}} of {{pages}}.
        {{#previous}}<a href="/?page={{previous}}">Previous page</a>{{/previous}}
        {{#next}}<a href="/?page={{next}}">Next page</a>{{/next}}</p></nav>{{/paged}}

        """

    static let casePage = """
        <h1>{{name}} <span class="muted">({{reference}})</span></h1>
        <p>Age {{age}} · {{status}} · referred {{referral}}{{#fgc}} · FGC {{fgc}}{{/fgc}} · coordinator {{coordinator}} · social worker {{socialWorker}}</p>
        <p><a href="/cases/{{reference}}/plan">The plan</a> · <a href="/reports?case={{reference}}">Reports</a></p>
        <h2>The network</h2>
        <figure class="figure">{{{ecomap}}}<figcaption>{{name}}'s ecomap (<a href="/cases/{{reference}}/ecomap.svg">open it at full size</a>). In words:</figcaption><ul>{{#sentences}}<li>{{.}}</li>{{/sentences}}</ul></figure>
        <h2>Gaps</h2>
        {{#hasGaps}}<table><thead><tr><th scope="col">Severity</th><th scope="col">Gap</th><th scope="col">What to do about it</th></tr></thead><tbody>
        {{#gaps}}<tr><td{{#critical}} class="critical"{{/critical}}>{{severity}}</td><td>{{code}}</td><td>{{message}}</td></tr>{{/gaps}}
        </tbody></table>{{/hasGaps}}
        {{^hasGaps}}<p>No gaps found.</p>{{/hasGaps}}

        <h2>Connections by search stage</h2>
        {{#groups}}<h3>{{stage}} ({{count}})</h3><p class="muted">Next step: {{next}}</p>
        <table><thead><tr><th scope="col">Who</th><th scope="col">Their words</th><th scope="col">Safety</th><th scope="col">Wishes</th><th scope="col">Since</th></tr></thead><tbody>
        {{#people}}<tr><th scope="row"><a href="/cases/{{reference}}/connections/{{id}}">{{name}}</a></th><td>{{relationship}}</td><td>{{safety}}</td><td>{{wishes}}</td><td>{{since}}</td></tr>{{/people}}
        </tbody></table>{{/groups}}
        <h2>History</h2>
        <table><thead><tr><th scope="col">Date</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">By</th></tr></thead><tbody>
        {{#history}}<tr><td>{{date}}</td><td>{{person}}</td><td>{{what}}</td><td>{{by}}</td></tr>{{/history}}
        </tbody></table>
        """

    static let connection = """
        <h1>{{name}}</h1>
        <p><a href="/cases/{{reference}}">Back to the case</a></p>
        {{#refusal}}<div class="message refused" role="alert"><p>{{refusal}}</p></div>{{/refusal}}
        <p>Stage: <strong>{{stage}}</strong>{{#since}} since {{since}}{{/since}}. Safety: {{safety}}. Wishes: {{wishes}}.</p>
        {{#canChange}}
        <h2>Move the search on</h2>
        <form method="post" action="/cases/{{reference}}/connections/{{id}}/stage">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">
        <label for="stage">New stage</label><select id="stage" name="stage">{{#stages}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{title}}</option>{{/stages}}</select>
        <label for="date">Date</label><input id="date" name="date" value="{{today}}" pattern="\\d{4}-\\d{2}-\\d{2}">
        <button type="submit">Change stage</button>
        </form>
        <h2>Details</h2>
        <form method="post" action="/cases/{{reference}}/connections/{{id}}">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">
        <label for="name">Name</label><input id="name" name="name" value="{{name}}" maxlength="200">
        <label for="relationship">The young person's words for them</label><input id="relationship" name="relationship" value="{{relationship}}" maxlength="200">
        <label for="safety">Safety</label><select id="safety" name="safety">{{#safeties}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/safeties}}</select>
        <label for="wishes">Wishes</label><select id="wishes" name="wishes">{{#wishesChoices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/wishesChoices}}</select>
        <label for="contact">Contact details</label><input id="contact" name="contact" value="{{contact}}" maxlength="500">
        <label for="notes">Notes</label><textarea id="notes" name="notes" rows="4" cols="60" maxlength="2000">{{notes}}</textarea>
        <button type="submit">Save</button>
        </form>
        {{/canChange}}
        {{^canChange}}<p>Contact details: {{contact}}</p>{{#notes}}<p>Notes: {{notes}}</p>{{/notes}}{{/canChange}}
        """

    static let plan = """
        <h1>{{name}}'s plan</h1>
        <p><a href="/cases/{{reference}}">Back to the case</a></p>
        <p>FGC: {{fgc}}. Plan agreed by the social worker: {{agreed}}. Next review: {{nextReview}}.</p>
        {{#canAgree}}<form method="post" action="/cases/{{reference}}/plan/agree"><input type="hidden" name="csrf" value="{{csrf}}">
        <label for="date">Agreed on</label><input id="date" name="date" value="{{today}}"><button type="submit">Record that I agree this plan</button></form>{{/canAgree}}
        <h2>Commitments</h2>
        <table><thead><tr><th scope="col">Who</th><th scope="col">Support</th><th scope="col">What exactly</th><th scope="col">How often</th><th scope="col">Responsible</th><th scope="col">Latest review</th></tr></thead><tbody>
        {{#commitments}}<tr><th scope="row">{{who}}</th><td>{{support}}</td><td>{{what}}</td><td>{{frequency}}</td><td>{{responsible}}</td><td>{{outcome}}</td></tr>{{/commitments}}
        </tbody></table>
        """

    static let fragment = """
        <h1>{{title}}</h1>
        {{{body}}}
        """

    static let importPage = """
        <h1>Import</h1>
        {{#problems}}<div class="message refused" role="alert"><p>Nothing was imported; the database is unchanged.</p><pre>{{problems}}</pre></div>{{/problems}}
        <form method="post" action="/import" enctype="multipart/form-data">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="files">CSV files (cases, connections, relations, commitments, history, reviews) or one GEDCOM file</label>
        <input id="files" name="files" type="file" multiple accept=".csv,.ged">
        <label for="case">For a GEDCOM file: the case</label><input id="case" name="case" maxlength="100">
        <label for="youngPerson">… and the young person's id in the file</label><input id="youngPerson" name="youngPerson" maxlength="100">
        <button type="submit">Import</button>
        </form>
        """

    static let reports = """
        <h1>Reports</h1>
        <form method="get" action="/reports/download">
        <label for="kind">Report</label><select id="kind" name="kind"><option value="plan">FGC plan</option><option value="review">Review</option><option value="team">Team responsibilities</option><option value="cohort">Cohort</option></select>
        <label for="case">Case (plan and review)</label><select id="case" name="case"><option value="">—</option>{{#cases}}<option value="{{reference}}"{{#selected}} selected{{/selected}}>{{reference}} · {{name}}</option>{{/cases}}</select>
        <label for="audience">Who it is for</label><select id="audience" name="audience">{{#audiences}}<option value="{{value}}">{{title}}</option>{{/audiences}}</select>
        <label for="format">Format</label><select id="format" name="format"><option value="pdf">PDF</option><option value="html">HTML</option></select>
        <button type="submit">Download</button>
        </form>
        """

    static let accounts = """
        <h1>Accounts</h1>
        {{#refusal}}<p class="message refused" role="alert">{{refusal}}</p>{{/refusal}}
        <table><thead><tr><th scope="col">Name</th><th scope="col">Roles</th></tr></thead><tbody>
        {{#accounts}}<tr><th scope="row">{{name}}</th><td>{{roles}}</td></tr>{{/accounts}}
        </tbody></table>
        <h2>Add an account, or change one</h2>
        <p>The name must be written as it is on the cases the person holds. Saving an existing name gives it these roles and this password.</p>
        <form method="post" action="/accounts"><input type="hidden" name="csrf" value="{{csrf}}">
        <label for="name">Name</label><input id="name" name="name" required maxlength="200">
        <fieldset><legend>Roles</legend>{{#roles}}<label><input type="checkbox" name="role-{{value}}"> {{value}}</label>{{/roles}}</fieldset>
        <label for="password">Password (10 characters or more)</label><input id="password" name="password" type="password" autocomplete="new-password" required minlength="10" maxlength="200">
        <button type="submit">Save the account</button>
        </form>
        """

    static let error = """

        <h1>{{heading}}</h1>
        <p class="message refused" role="alert">{{message}}</p>
        <p><a href="/">Back to the caseload</a></p>
        """
}
