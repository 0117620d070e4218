import Testing

@testable import CrimeGraphQuery

/// The functions and expressions the issue lists, on a two-node graph.
@Suite struct FunctionTests {
    static let setup = "CREATE (:Person:Agent {name: 'Ann', age: 41})-[:KNOWS {since: 2020}]->(:Person {name: ' Bob '})"

    func value(_ expression: String, match: String = "MATCH (a:Agent)-[r]->(b)") throws -> String {
        let graph = MemoryGraph()
        _ = try QueryEngine.run(FunctionTests.setup, on: graph)
        let outcome = try QueryEngine.run("\(match) RETURN \(expression) AS v", on: graph)
        return outcome.rows.map { QueryValue($0[0], graph: graph).description }.joined(separator: "; ")
    }

    @Test(arguments: [
        ("id(a)", "0"), ("labels(a)", "['Person', 'Agent']"), ("type(r)", "'KNOWS'"),
        ("properties(r)", "{since: 2020}"), ("keys(a)", "['name', 'age']"), ("startNode(r).name", "'Ann'"),
        ("endNode(r).name", "' Bob '"), ("size([1, 2, 3])", "3"), ("size('abc')", "3"),
        ("toLower(a.name)", "'ann'"), ("toUpper(a.name)", "'ANN'"), ("trim(b.name)", "'Bob'"),
        ("coalesce(a.missing, b.missing, a.age)", "41"), ("range(1, 7, 3)", "[1, 4, 7]"), ("toString(a.age)", "'41'"),
        ("toString(1.5)", "'1.5'"), ("toInteger('42')", "42"), ("toInteger(3.9)", "3"), ("toInteger('x')", "null"),
        ("toFloat('2.5')", "2.5"), ("toFloat(2)", "2.0"),
    ])
    func scalar(_ expression: String, _ expected: String) throws {
        #expect(try value(expression) == expected)
    }

    @Test func paths() throws {
        let match = "MATCH p = (a:Agent)-[r]->(b)"
        #expect(try value("length(p)", match: match) == "1")
        #expect(try value("[n IN nodes(p) | n.name]", match: match) == "['Ann', ' Bob ']")
        #expect(try value("[x IN relationships(p) | type(x)]", match: match) == "['KNOWS']")
    }

    @Test func expressions() throws {
        #expect(try value("CASE a.age WHEN 41 THEN 'forty-one' ELSE 'other' END") == "'forty-one'")
        #expect(try value("CASE WHEN a.age > 50 THEN 'old' WHEN a.age > 40 THEN 'middle' END") == "'middle'")
        #expect(try value("reduce(total = 0, x IN [1, 2, 3] | total + x)") == "6")
        #expect(try value("[x IN range(1, 5) WHERE x % 2 = 1 | x * 10]") == "[10, 30, 50]")
        #expect(try value("all(x IN [1, 2] WHERE x > 0) AND any(x IN [1, 2] WHERE x > 1) AND none(x IN [1] WHERE x > 1)") == "true")
        #expect(try value("single(x IN [1, 2, null] WHERE x = 1)") == "null")
        #expect(try value("a.name STARTS WITH 'A' AND a.name ENDS WITH 'n' AND a.name CONTAINS 'n' AND a.name =~ 'A.*'") == "true")
        #expect(try value("a:Person:Agent AND NOT b:Agent") == "true")
        #expect(try value("{name: a.name, friends: [(a)-->(f) | trim(f.name)]}") == "{name: 'Ann', friends: ['Bob']}")
        #expect(try value("date('2022-09-19') < date('2022-09-20') AND date('2022-09-01') < date('2022-09')") == "true")
        #expect(try value("[1, 2, 3][-1] + [1, 2, 3][0..2][1]") == "5")
        #expect(try value("2 ^ 3 ^ 2") == "64.0")
        #expect(try value("-2 ^ 2") == "4.0")
    }

    @Test func aggregates() throws {
        let match = "UNWIND [3, 1, null, 2, 2] AS x WITH x"
        #expect(try value("count(*)", match: match) == "5")
        #expect(try value("count(x)", match: match) == "4")
        #expect(try value("count(DISTINCT x)", match: match) == "3")
        #expect(try value("collect(x)", match: match) == "[3, 1, 2, 2]")
        #expect(try value("sum(x)", match: match) == "8")
        #expect(try value("avg(x)", match: match) == "2.0")
        #expect(try value("[min(x), max(x)]", match: match) == "[1, 3]")
        #expect(try value("percentileDisc(x, 0.5)", match: match) == "2")
        #expect(try value("percentileCont(x, 0.25)", match: match) == "1.75")
    }
}
