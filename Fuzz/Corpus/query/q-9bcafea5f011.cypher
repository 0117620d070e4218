MATCH (me: Person)--(you: Person)
WITH count(you.age) AS agg
ORDER BY me.age + count(you.age)
RETURN *