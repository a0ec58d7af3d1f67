/// The page around every page: header, navigation, the signed-in member, and the CSS. No scripts.
enum Layout {
    static let template = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Lifelinks</title>
        <style>
        body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 0; color: #111; background: #fafafa; line-height: 1.45; }
        header.site { background: #1d3557; color: #fff; padding: .6rem 1.2rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
        header.site a { color: #fff; }
        header.site .who { margin-left: auto; }
        nav a { margin-right: .9rem; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; background: #fff; }
        h1 { font-size: 1.7rem; margin: .4rem 0 1rem; }
        h2 { font-size: 1.25rem; border-bottom: 2px solid #111; margin-top: 1.8rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { border: 1px solid #888; padding: .3rem .45rem; text-align: left; vertical-align: top; }
        th { background: #e8e8e8; }
        .critical { font-weight: bold; }
        .message { border: 2px solid #1d3557; padding: .6rem .8rem; margin: 1rem 0; background: #eef3fb; }
        .refused { border-color: #8b0000; background: #fdeeee; }
        .figure svg { max-width: 100%; height: auto; }


        form.inline { display: inline; }
        label { display: block; margin-top: .5rem; font-weight: bold; }
        input, select, textarea { font: inherit; padding: .25rem; max-width: 100%; }
        button { font: inherit; padding: .3rem .8rem; margin-top: .6rem; }
        .muted { color: #444; }
        </style>
        </head>
        <body>
        <header class="site">
        <strong>Lifelinks</strong>
        {{#member}}
        <nav aria-label="Main"><a href="/">Caseload</a><a href="/team">Team</a><a href="/cohort">Cohort</a><a href="/import">Import</a><a href="/reports">Reports</a><a href="/accounts">Accounts</a></nav>

        <span class="who">{{name}} ({{roles}})
        <form class="inline" method="post" action="/logout"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">Sign out</button></form></span>
        {{/member}}
        </header>
        <main>
        {{#notice}}<p class="message" role="status">{{notice}}</p>{{/notice}}
        {{{body}}}
        </main>
        </body>
        </html>
        """
}
