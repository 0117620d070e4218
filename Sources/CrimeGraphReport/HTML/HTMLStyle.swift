/// The page's style sheet: system fonts only, colour-blind-safe accents, a print layout.
enum HTMLStyle {
    static let css = """
        :root { --ink: #1d1d1f; --muted: #5b5b66; --line: #d6d6de; --accent: #332288; --mark: #ee3377; --paper: #ffffff; --soft: #f5f5f8; }
        * { box-sizing: border-box; }
        html { scroll-behavior: smooth; }
        body { margin: 0; color: var(--ink); background: var(--paper); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", "Noto Sans", sans-serif; }
        header.top, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
        header.top { padding-top: 24px; padding-bottom: 8px; border-bottom: 1px solid var(--line); }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 8px; }
        h2 { font-size: 1.45rem; margin: 40px 0 12px; padding-top: 8px; border-top: 3px solid var(--accent); }
        h3 { font-size: 1.1rem; margin: 28px 0 8px; }
        .subtitle { color: var(--muted); margin: 0 0 12px; }
        .notice { background: #fff4d6; border-left: 5px solid #ddaa33; padding: 8px 12px; margin: 8px 0; font-weight: 600; }
        .search { display: flex; gap: 8px; align-items: center; margin: 12px 0 8px; flex-wrap: wrap; }
        .search input { font: inherit; padding: 6px 10px; min-width: 280px; border: 1px solid #999; border-radius: 6px; }
        #search-count { color: var(--muted); font-size: 0.9rem; }
        nav.toc { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 0.95rem; }
        nav.toc a, a { color: var(--accent); }
        .note, .caption, figcaption { color: var(--muted); font-size: 0.9rem; }
        .entity { color: var(--accent); border-bottom: 1px dotted var(--accent); cursor: pointer; }
        .entity:focus { outline: 2px solid var(--mark); }
        .entity.match { background: #ffe066; color: #000; }
        sup.fn { font-size: 0.7em; line-height: 0; margin-left: 1px; }
        sup.fn a { text-decoration: none; }
        .table-wrap { overflow-x: auto; margin: 8px 0 16px; }
        table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: var(--soft); position: sticky; top: 0; }
        table.sortable th { cursor: pointer; user-select: none; }
        th[aria-sort="ascending"]::after { content: " ▲"; }
        th[aria-sort="descending"]::after { content: " ▼"; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        dl.definitions { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; font-size: 0.92rem; }
        dl.definitions dt { font-weight: 700; }
        dl.definitions dd { margin: 0; }
        figure.diagram { margin: 12px 0 24px; border: 1px solid var(--line); border-radius: 8px; position: relative; background: #fff; }
        figure.diagram .viewport { overflow: hidden; touch-action: none; cursor: grab; }
        figure.diagram.primary .viewport svg { display: block; width: 100%; height: 72vh; }
        figure.diagram.small .viewport svg { display: block; width: 100%; height: 340px; }
        figure.diagram .controls { position: absolute; top: 8px; right: 8px; display: flex; gap: 4px; z-index: 2; }
        figure.diagram .controls button { font: inherit; min-width: 34px; padding: 2px 8px; border: 1px solid #999; border-radius: 5px; background: #fff; cursor: pointer; }
        figure.diagram figcaption { padding: 6px 12px 10px; border-top: 1px solid var(--line); }
        .missing { padding: 12px; color: #a00; }
        g.node { cursor: pointer; }
        g.node.match polygon, g.node.match ellipse, g.node.match path { stroke: var(--mark); stroke-width: 5px; }
        g.node.dim, g.edge.dim { opacity: 0.25; }
        g.node.selected polygon, g.node.selected ellipse, g.node.selected path { stroke: #000; stroke-width: 4px; }
        .tooltip { position: fixed; z-index: 20; pointer-events: none; background: #1d1d1f; color: #fff; padding: 4px 8px; border-radius: 4px; font-size: 0.85rem; max-width: 360px; }
        .panel { position: fixed; top: 0; right: 0; bottom: 0; width: min(420px, 100vw); z-index: 10; overflow-y: auto; background: #fff; border-left: 1px solid var(--line); box-shadow: -4px 0 18px rgba(0,0,0,.15); padding: 16px 20px; }
        .panel h2 { border: 0; margin: 0 32px 4px 0; padding: 0; }
        .panel .kind { color: var(--muted); margin: 0 0 8px; }
        .panel ul, .panel ol { padding-left: 20px; }
        .panel li { margin-bottom: 4px; }
        .panel .quote { font-style: italic; }
        .panel .close { position: absolute; top: 10px; right: 12px; font-size: 1.4rem; background: none; border: 0; cursor: pointer; }
        ol.notes { font-size: 0.88rem; columns: 2 420px; }
        ol.notes li:target { background: #ffe066; }
        footer { color: var(--muted); font-size: 0.85rem; padding: 24px; border-top: 1px solid var(--line); margin-top: 40px; }
        @media print {
          .search, nav.toc, .controls, .panel, .tooltip, #selftest-result { display: none !important; }
          body { font-size: 11pt; }
          h2 { break-after: avoid; }
          tr, figure { break-inside: avoid; }
          th { position: static; }
          thead { display: table-header-group; }
          figure.diagram.primary .viewport svg { height: auto; max-height: 24cm; }
          figure.diagram.small .viewport svg { height: auto; max-height: 12cm; }
          .entity { border: 0; color: inherit; }
          ol.notes { columns: 2; }
        }

        """
}
