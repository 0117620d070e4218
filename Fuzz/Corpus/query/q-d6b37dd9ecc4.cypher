MATCH (me: Person)--(you: Person)
RETURN me.age + you.age, count(*) AS cnt
ORDER BY me.age + you.age + count(*)