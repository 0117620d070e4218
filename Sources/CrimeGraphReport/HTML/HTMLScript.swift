/// The page's script: plain JavaScript, no libraries. It reads the JSON data block, never
/// writes HTML from data (only `textContent`), and logs nothing.
enum HTMLScript {
    static let source = #"""
        (function () {
          'use strict';
          var errors = [];
          window.addEventListener('error', function (e) { errors.push(String(e.message)); });
          var data = JSON.parse(document.getElementById('report-data').textContent);
          var panel = document.getElementById('panel'), panelBody = document.getElementById('panel-body');
          var tip = document.getElementById('tooltip'), search = document.getElementById('search');
          var counter = document.getElementById('search-count');
          var dragged = false;

          function fold(s) { return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
          function el(tag, cls, text) {
            var e = document.createElement(tag);
            if (cls) e.className = cls;
            if (text !== undefined && text !== null) e.textContent = text;
            return e;
          }
          function prefixOf(g) { var f = g.closest('figure.diagram'); return f ? (f.getAttribute('data-prefix') || '') : ''; }
          function idOf(g, mark) {
            var id = g.id.slice(prefixOf(g).length);
            return id.indexOf(mark) === 0 ? id.slice(mark.length) : null;
          }
          function entityOf(target) {
            var g = target && target.closest ? target.closest('g.node') : null;
            var id = g ? idOf(g, 'e-') : null;
            return id !== null && Object.prototype.hasOwnProperty.call(data.entities, id) ? id : null;
          }
          function edgeOf(target) {
            var g = target && target.closest ? target.closest('g.edge') : null;
            var id = g ? idOf(g, 'r-') : null;
            return id !== null && Object.prototype.hasOwnProperty.call(data.relationships, id) ? id : null;
          }
          function nodesOf(id) {
            return Array.prototype.filter.call(document.querySelectorAll('g.node'), function (g) { return idOf(g, 'e-') === id; });
          }

          function notes(parent, numbers) {
            if (!numbers || !numbers.length) return;
            var sup = el('sup', 'fn');
            numbers.forEach(function (n, i) {
              if (i) sup.appendChild(document.createTextNode(','));
              var a = el('a', null, String(n));
              a.href = '#fn-' + n;
              var note = data.notes[n];
              if (note) a.title = note.source;
              sup.appendChild(a);
            });
            parent.appendChild(sup);
          }
          function entityLink(id, name) {
            var s = el('span', 'entity', name);
            s.setAttribute('data-entity', id);
            s.tabIndex = 0;
            s.setAttribute('role', 'button');
            return s;
          }
          function openPanel(id) {
            var e = data.entities[id];
            if (!e) return;
            panelBody.textContent = '';
            panelBody.appendChild(el('h2', null, e.name));
            var kind = e.kind + (e.tags.length ? ' · ' + e.tags.join(', ') : '');
            panelBody.appendChild(el('p', 'kind', kind));
            if (e.aliases.length) panelBody.appendChild(el('p', null, 'Also called: ' + e.aliases.join('; ')));
            if (e.date) panelBody.appendChild(el('p', null, 'Date: ' + e.date));
            if (e.facts.length) {
              panelBody.appendChild(el('h3', null, 'Properties'));
              var ul = el('ul');
              e.facts.forEach(function (f) { var li = el('li', null, f[0] + ': ' + f[1]); notes(li, f[2]); ul.appendChild(li); });
              panelBody.appendChild(ul);
            }
            if (e.links.length) {
              panelBody.appendChild(el('h3', null, 'Relationships (' + e.links.length + ')'));
              var rl = el('ul');
              e.links.forEach(function (l) {
                var li = el('li');
                li.appendChild(document.createTextNode(l[0] ? '—' + l[1] + '→ ' : '←' + l[1] + '— '));
                li.appendChild(entityLink(l[2], l[3]));
                var extra = ' (' + l[4] + ')' + (l[5] ? ', ' + l[5] : '') + (l[6] ? '; ' + l[6] : '');
                li.appendChild(document.createTextNode(extra));
                notes(li, l[7]);
                rl.appendChild(li);
              });
              panelBody.appendChild(rl);
            }
            panelBody.appendChild(el('h3', null, 'Citations'));
            var ol = el('ol', 'citations');
            e.notes.forEach(function (n) {
              var note = data.notes[n];
              if (!note) return;
              var li = el('li');
              var a = el('a', null, '[' + n + ']');
              a.href = '#fn-' + n;
              li.appendChild(a);
              li.appendChild(document.createTextNode(' ' + note.ref + (note.quote ? ': ' : '')));
              if (note.quote) li.appendChild(el('span', 'quote', '“' + note.quote + '”'));
              li.appendChild(document.createTextNode(' — ' + note.source.split(' — ').slice(1).join(' — ')));
              ol.appendChild(li);
            });
            if (!e.notes.length) ol.appendChild(el('li', null, 'No citation.'));
            panelBody.appendChild(ol);
            document.querySelectorAll('g.node.selected').forEach(function (g) { g.classList.remove('selected'); });
            nodesOf(id).forEach(function (g) { g.classList.add('selected'); });
            panel.hidden = false;
          }
          panel.querySelector('.close').addEventListener('click', function () { panel.hidden = true; });
          document.addEventListener('keydown', function (ev) {
            if (ev.key === 'Escape') panel.hidden = true;
            if (ev.key === 'Enter' && ev.target.getAttribute && ev.target.getAttribute('data-entity')) openPanel(ev.target.getAttribute('data-entity'));
          });
          document.addEventListener('click', function (ev) {
            var link = ev.target.closest ? ev.target.closest('[data-entity]') : null;
            if (link) { openPanel(link.getAttribute('data-entity')); return; }
            var id = entityOf(ev.target);
            if (id !== null && !dragged) openPanel(id);
          });

          function place(ev) { tip.style.left = (ev.clientX + 14) + 'px'; tip.style.top = (ev.clientY + 14) + 'px'; }
          document.addEventListener('mouseover', function (ev) {
            var id = entityOf(ev.target), text = null;
            if (id !== null) text = data.entities[id].name + ' (' + data.entities[id].kind + ')';
            else { var r = edgeOf(ev.target); if (r !== null) text = data.relationships[r]; }
            if (text === null) { tip.hidden = true; return; }
            tip.textContent = text;
            tip.hidden = false;
            place(ev);
          });
          document.addEventListener('mousemove', function (ev) { if (!tip.hidden) place(ev); });

          function highlight(query) {
            var q = fold(query.trim()), found = {}, count = 0;
            if (q) Object.keys(data.entities).forEach(function (id) {
              var e = data.entities[id];
              var text = fold([e.name, e.kind].concat(e.aliases, e.tags).join(' | '));
              if (text.indexOf(q) >= 0) { found[id] = true; count++; }
            });
            document.querySelectorAll('g.node').forEach(function (g) {
              var id = idOf(g, 'e-');
              if (id === null) return;
              g.classList.toggle('match', !!found[id]);
              g.classList.toggle('dim', !!q && !found[id]);
            });
            document.querySelectorAll('g.edge').forEach(function (g) { g.classList.toggle('dim', !!q); });
            document.querySelectorAll('.entity[data-entity]').forEach(function (s) { s.classList.toggle('match', !!found[s.getAttribute('data-entity')]); });
            counter.textContent = q ? count + (count === 1 ? ' entity matches' : ' entities match') : '';
            return count;
          }
          search.addEventListener('input', function () { highlight(search.value); });

          function sortBy(th) {
            var table = th.closest('table'), body = table.tBodies[0];
            var index = Array.prototype.indexOf.call(th.parentNode.children, th);
            var ascending = th.getAttribute('aria-sort') !== 'ascending';
            table.querySelectorAll('th').forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
            th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var rows = Array.prototype.slice.call(body.rows).map(function (row, i) { return { row: row, i: i }; });
            function key(row) {
              var cell = row.cells[index];
              if (!cell) return { n: null, t: '' };
              var v = cell.getAttribute('data-sort');
              return { n: v === null ? null : parseFloat(v), t: fold(cell.textContent) };
            }
            rows.forEach(function (r) { r.k = key(r.row); });
            rows.sort(function (a, b) {
              var c = 0;
              if (a.k.n !== null && b.k.n !== null) c = a.k.n - b.k.n;
              else if (a.k.n !== null || b.k.n !== null) c = a.k.n === null ? 1 : -1;
              else c = a.k.t < b.k.t ? -1 : (a.k.t > b.k.t ? 1 : 0);
              return (ascending ? c : -c) || a.i - b.i;
            });
            rows.forEach(function (r) { body.appendChild(r.row); });
          }
          document.querySelectorAll('table.sortable th').forEach(function (th) {
            th.addEventListener('click', function () { sortBy(th); });
            th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); sortBy(th); } });
          });

          function zoomable(figure) {
            var svg = figure.querySelector('svg');
            if (!svg || !svg.viewBox || !svg.viewBox.baseVal) return;
            var b = svg.viewBox.baseVal, home = [b.x, b.y, b.width, b.height], view = home.slice();
            function apply() { svg.setAttribute('viewBox', view.join(' ')); }
            function point(x, y) {
              var m = svg.getScreenCTM(), p = svg.createSVGPoint();
              p.x = x; p.y = y;
              return m ? p.matrixTransform(m.inverse()) : { x: view[0] + view[2] / 2, y: view[1] + view[3] / 2 };
            }
            function zoom(f, cx, cy) {
              var w = Math.min(Math.max(view[2] * f, home[2] / 25), home[2] * 3);
              f = w / view[2];
              view = [cx - (cx - view[0]) * f, cy - (cy - view[1]) * f, view[2] * f, view[3] * f];
              apply();
            }
            figure.addEventListener('click', function (ev) {
              var button = ev.target.closest ? ev.target.closest('[data-zoom]') : null;
              if (!button) return;
              var c = [view[0] + view[2] / 2, view[1] + view[3] / 2], what = button.getAttribute('data-zoom');
              if (what === 'reset') { view = home.slice(); apply(); } else zoom(what === 'in' ? 0.7 : 1 / 0.7, c[0], c[1]);
            });
            svg.addEventListener('wheel', function (ev) {
              if (!figure.classList.contains('primary') && !ev.ctrlKey) return;
              ev.preventDefault();
              var p = point(ev.clientX, ev.clientY);
              zoom(ev.deltaY < 0 ? 0.85 : 1 / 0.85, p.x, p.y);
            }, { passive: false });
            var start = null;
            svg.addEventListener('pointerdown', function (ev) { start = { x: ev.clientX, y: ev.clientY, view: view.slice() }; dragged = false; });
            window.addEventListener('pointermove', function (ev) {
              if (!start) return;
              var m = svg.getScreenCTM(), scale = m ? 1 / m.a : 1;
              var dx = ev.clientX - start.x, dy = ev.clientY - start.y;
              if (Math.abs(dx) + Math.abs(dy) > 4) dragged = true;
              if (!dragged) return;
              view = [start.view[0] - dx * scale, start.view[1] - dy * scale, view[2], view[3]];
              apply();
            });
            window.addEventListener('pointerup', function () { start = null; setTimeout(function () { dragged = false; }, 0); });
          }
          document.querySelectorAll('figure.diagram').forEach(zoomable);

          function selfTest(wanted) {
            var result = { checks: {}, entity: null, panel: '', errors: errors };
            var svg = document.querySelector('figure.diagram.primary svg');
            var drawn = svg ? Array.prototype.map.call(svg.querySelectorAll('g.node'), function (g) { return idOf(g, 'e-'); })
              .filter(function (id) { return id !== null && data.entities[id]; }) : [];
            var box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
            var expected = svg ? parseInt(svg.closest('figure').getAttribute('data-entities'), 10) : -1;
            result.checks.diagramDrawn = drawn.length > 0 && drawn.length === expected && box.width > 200 && box.height > 200;
            result.nodes = drawn.length;
            var quoted = function (id) { return data.entities[id].notes.some(function (n) { return data.notes[n] && data.notes[n].quote; }); };
            var id = wanted && data.entities[wanted] ? wanted : drawn.filter(quoted)[0];
            result.entity = id || null;
            if (id) {
              var node = nodesOf(id)[0];
              if (node) {
                node.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: 40, clientY: 40 }));
                result.checks.hoverShowsName = !tip.hidden && tip.textContent.indexOf(data.entities[id].name) >= 0;
                node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
                tip.hidden = true;
              }
              var first = data.entities[id].notes.map(function (n) { return data.notes[n]; }).filter(function (n) { return n && n.quote; })[0];
              result.panel = panelBody.textContent;
              result.checks.panelShowsCitation = !panel.hidden && !!first && result.panel.indexOf(first.quote) >= 0;
              search.value = data.entities[id].name;
              search.dispatchEvent(new Event('input', { bubbles: true }));
              result.checks.searchHighlights = !!node && node.classList.contains('match') && counter.textContent !== '';
            }
            var th = document.querySelector('table.sortable th.num');
            if (th) {
              var body = th.closest('table').tBodies[0], original = Array.prototype.slice.call(body.rows);
              th.click();
              var values = Array.prototype.map.call(body.rows, function (row) {
                return parseFloat(row.cells[th.cellIndex].getAttribute('data-sort'));
              });
              result.checks.tablesSort = th.getAttribute('aria-sort') === 'ascending' &&
                values.every(function (v, i) { return i === 0 || !(v < values[i - 1]); });
              original.forEach(function (row) { body.appendChild(row); });
              th.setAttribute('aria-sort', 'none');
            }
            var zoomIn = document.querySelector('figure.diagram.primary [data-zoom="in"]');
            if (zoomIn && svg) {
              var before = svg.viewBox.baseVal.width;
              zoomIn.click();
              result.checks.zooms = svg.viewBox.baseVal.width < before;
              document.querySelector('figure.diagram.primary [data-zoom="reset"]').click();
            }
            result.checks.noErrors = errors.length === 0;
            result.ok = Object.keys(result.checks).length >= 6 && Object.keys(result.checks).every(function (k) { return result.checks[k] === true; });
            var out = el('pre', null, JSON.stringify(result));
            out.id = 'selftest-result';
            out.hidden = true;
            document.body.appendChild(out);
            document.documentElement.setAttribute('data-selftest', result.ok ? 'pass' : 'fail');
            // Headless screenshots show the top of the page: bring the diagram there.
            var section = svg ? svg.closest('section') : null;
            if (section) section.parentNode.insertBefore(section, section.parentNode.firstChild);
          }
          var hash = decodeURIComponent(location.hash || '');
          if (hash.indexOf('#selftest') === 0) selfTest(hash.split('=').slice(1).join('='));
        })();

        """#
}
