UNWIND [true, false, null] AS a
UNWIND [true, false, null] AS b
UNWIND [[], [true], [false], [null], [true, false], [true, false, null]] AS c
WITH collect((a <boolop> b IN c) = (a <boolop> (b IN c))) AS eq,
collect((a <boolop> b IN c) <> ((a <boolop> b) IN c)) AS neq
RETURN all(x IN eq WHERE x) AND any(x IN neq WHERE x) AS result