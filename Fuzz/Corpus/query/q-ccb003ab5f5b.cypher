UNWIND [localtime({hour: 10, minute: 35}),
localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123}),
localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876124}),
localtime({hour: 12, minute: 35, second: 13}),
localtime({hour: 12, minute: 30, second: 14, nanosecond: 645876123})] AS localtimes
WITH localtimes
ORDER BY localtimes
LIMIT 3
RETURN localtimes