/// The style sheet inlined into `report.html`: a system font stack, a readable measure, quiet tables,
/// and print rules that keep charts and quotes whole on paper.
enum HTMLStyle {
    static let css = """
        :root { --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --band: #f6f8fa; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #fff; line-height: 1.55;
          font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
            "Liberation Sans", sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .25rem; }
        h2 { font-size: 1.45rem; margin: 3rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
        h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
        p { margin: .5rem 0 1rem; max-width: 46rem; }
        .subtitle { color: var(--muted); margin: 0 0 1.5rem; }
        a { color: var(--accent); }
        nav.toc ol { columns: 2; padding-left: 1.25rem; margin: .5rem 0 0; }
        nav.toc { background: var(--band); padding: .75rem 1.25rem; border-radius: 6px; }
        .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: .75rem;
          margin: 1rem 0; padding: 0; list-style: none; }
        .figures li { background: var(--band); border-radius: 6px; padding: .6rem .8rem; }
        .figures b { display: block; font-size: 1.45rem; font-variant-numeric: tabular-nums; }
        .figures span { color: var(--muted); font-size: .85rem; }
        .swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .4em;
          vertical-align: baseline; }
        .charts { display: grid; gap: .5rem; }
        .charts svg.chart { max-width: 42rem; }
        figure { margin: 1rem 0 1.5rem; }
        figcaption, .note { color: var(--muted); font-size: .875rem; }
        svg.chart { width: 100%; height: auto; display: block; font-family: inherit; }
        svg .chart-title { font-size: 14px; font-weight: 600; fill: var(--ink); }
        svg .label, svg .tick, svg .value { font-size: 12px; fill: var(--ink); }
        svg .tick { fill: var(--muted); }
        svg .axis-label { font-size: 12px; fill: var(--muted); }
        svg .cell { font-size: 11px; fill: var(--ink); font-variant-numeric: tabular-nums; }
        svg .cell.light { fill: #fff; }
        svg .grid { stroke: #e4e8ec; }
        svg .axis { stroke: #8c959f; }
        .table-wrap { overflow-x: auto; margin: .75rem 0 1.25rem; }
        table { border-collapse: collapse; font-size: .9rem; min-width: 50%; }
        caption { text-align: left; font-weight: 600; padding: 0 0 .4rem; }
        th, td { padding: .35rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        th { background: var(--band); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        table.sortable th { cursor: pointer; user-select: none; }
        table.sortable th:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
        table.sortable th[aria-sort="ascending"]::after { content: " \\25B2"; font-size: .7em; }
        table.sortable th[aria-sort="descending"]::after { content: " \\25BC"; font-size: .7em; }
        .theme { border-left: 4px solid var(--theme, var(--rule)); padding-left: 1.1rem; margin-top: 2.5rem; }
        .theme h3 { margin-top: 0; font-size: 1.3rem; }
        blockquote { margin: .75rem 0; padding: .6rem 1rem; background: var(--band); border-radius: 0 6px 6px 0;
          border-left: 3px solid var(--theme, var(--rule)); }
        blockquote p { margin: 0 0 .3rem; }
        blockquote footer { color: var(--muted); font-size: .85rem; }
        mark { background: #fff3b0; padding: 0 .1em; }
        .words { padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .35rem; }
        .words li { background: var(--band); border-radius: 999px; padding: .1rem .6rem; font-size: .875rem; }
        .words li span { color: var(--muted); margin-left: .3em; }
        #methods p { overflow-wrap: anywhere; }
        @media print {
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          nav.toc { display: none; }
          h2 { break-before: page; }
          h2, h3 { break-after: avoid; }
          figure, blockquote, tr, .figures li { break-inside: avoid; }
          .table-wrap { overflow: visible; }
          a { color: inherit; text-decoration: none; }
          table.sortable th::after { content: none !important; }
        }
        """
}
