import Testing

@testable import CrimeGraph

@Suite("Dates")
struct DateTests {
    @Test("partial dates parse at their precision", arguments: [
        ("2022", PartialDate.Precision.year), ("2022-09", .month), ("2022-09-27", .day), ("2024-02-29", .day),
    ])
    func parsesPrecision(text: String, precision: PartialDate.Precision) throws {
        let date = try #require(PartialDate(iso: Substring(text)))
        #expect(date.precision == precision)
        #expect(date.description == text)
    }

    @Test("malformed dates are rejected", arguments: [
        "22", "2022-9", "2022-13", "2022-00", "2023-02-29", "2022-09-31", "2022-09-27T10:00", "20220927", "", "2022--01", "abcd",
    ])
    func rejectsMalformed(text: String) {
        #expect(PartialDate(iso: Substring(text)) == nil)
        #expect(CaseDate(iso: text) == nil)
    }

    @Test func rangesAndTheirBounds() throws {
        let range = try #require(CaseDate(iso: "2022-09-19/2022-09-22"))
        #expect(range.lastDay - range.firstDay == 3)
        #expect(range.iso == "2022-09-19/2022-09-22")
        #expect(CaseDate(iso: "2022-09-22/2022-09-19") == nil)
        let months = try #require(CaseDate(iso: "2022-01/2022-09"))
        #expect(months.lastDay - months.firstDay == 272)  // 1 Jan to 30 Sep 2022
        // 2022-09-27 is day 19262 since 1970-01-01.
        #expect(try #require(PartialDate(iso: "2022-09-27")).firstDay == 19262)
        #expect(try #require(PartialDate(iso: "1970-01-01")).firstDay == 0)
    }

    @Test func coarserDatesSortBeforeTheirFirstDay() throws {
        let dates = ["2022-09-27", "2022-09", "2022", "2022-09-01", "2021-12-31", "2022-09-01/2022-09-10"]
            .compactMap { CaseDate(iso: $0) }
        #expect(dates.count == 6)
        #expect(dates.sorted().map(\.iso) == [
            "2021-12-31", "2022", "2022-09", "2022-09-01/2022-09-10", "2022-09-01", "2022-09-27",
        ])
    }

    @Test func qualifiedDatesDescribeThemselves() throws {
        let start = try #require(PartialDate(iso: "2022-09-01"))
        let end = try #require(PartialDate(iso: "2022-09-10"))
        let date = CaseDate(start: start, end: end, qualifier: .approximately, text: "early September")
        #expect(date.description == "≈ 2022-09-01 – 2022-09-10 (early September)")
        #expect(date.needsMapForm)
        #expect(date.overlaps(firstDay: date.lastDay, lastDay: date.lastDay + 5))
        #expect(!date.overlaps(firstDay: date.lastDay + 1, lastDay: date.lastDay + 5))
    }

    @Test func quantitiesReadAsTheSourcesWrite() {
        #expect(Quantity(value: 900, unit: "people", qualifier: .approximately).description == "≈ 900 people")
        #expect(Quantity(value: 2760, unit: "people", qualifier: .atLeast).description == "≥ 2,760 people")
        #expect(Quantity(value: 118_000_000, unit: "KHR").description == "118,000,000 KHR")
        #expect(Quantity(value: nil, qualifier: .vague, text: "some").description == "some")
        #expect(Quantity(value: 0.5, unit: "share", text: "half").description == "0.5 share (half)")
        #expect(NumberFormatting.grouped(-1_234_567) == "-1,234,567")
    }

    @Test func admiraltyCodes() throws {
        let code = try #require(AdmiraltyCode("B2"))
        #expect(code.meaning == "usually reliable, probably true")
        for bad in ["G1", "A7", "b2", "B", "B22", ""] { #expect(AdmiraltyCode(bad) == nil) }
    }
}
