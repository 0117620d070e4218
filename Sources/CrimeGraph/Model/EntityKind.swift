/// The kind of an entity: what sort of thing it is.
///
/// Kinds are open: the built-in ones below are documented in `docs/case-file-schema.md`, and a
/// case file may declare more under `kinds:`. A kind is a lowercase slug.
public struct EntityKind: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The slug, such as `person` or `agency`.
    public let rawValue: String

    /// Creates a kind from its slug.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a kind from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The slug, as written in case files.
    public var description: String { rawValue }

    /// Orders kinds alphabetically by slug.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A human being.
    public static let person: EntityKind = "person"
    /// A registered business.
    public static let company: EntityKind = "company"
    /// A non-state body: NGO, newspaper, rights group, criminal group.
    public static let organization: EntityKind = "organization"
    /// A government body at any level: ministry, department, police unit, court.
    public static let agency: EntityKind = "agency"
    /// A place: country, province, city, commune, village, building, border point.
    public static let location: EntityKind = "location"
    /// A nationality, as reported for groups of people.
    public static let nationality: EntityKind = "nationality"
    /// Something that happened: raid, operation, meeting, order, deportation, statement.
    public static let event: EntityKind = "event"
    /// An offence or crime type.
    public static let offence: EntityKind = "offence"
    /// A result: fine, fees collected, charges, a case sent to court.
    public static let outcome: EntityKind = "outcome"
    /// A document: a report, a press release, a court filing.
    public static let document: EntityKind = "document"
    /// A thing of value: property, money, a building owned.
    public static let asset: EntityKind = "asset"
    /// A bank, crypto or online account.
    public static let account: EntityKind = "account"
    /// A car, boat or aircraft.
    public static let vehicle: EntityKind = "vehicle"
    /// A telephone number or handset.
    public static let phone: EntityKind = "phone"

    /// The kinds every case file may use without declaring them, with a one-line description.
    public static let builtIn: KeyValuePairs<EntityKind, String> = [
        .person: "a human being",
        .company: "a registered business",
        .organization: "a non-state body: NGO, newspaper, rights group, criminal group",
        .agency: "a government body at any level: ministry, department, police unit, court",
        .location: "a place: country, province, city, commune, village, building, border point",
        .nationality: "a nationality, as reported for groups of people",
        .event: "something that happened: raid, operation, meeting, order, deportation, statement",
        .offence: "an offence or crime type",
        .outcome: "a result: fine, fees collected, charges, a case sent to court",
        .document: "a document: report, press release, court filing",
        .asset: "a thing of value: property, money, building",
        .account: "a bank, crypto or online account",
        .vehicle: "a car, boat or aircraft",
        .phone: "a telephone number or handset",
    ]

    /// Whether `slug` is a well-formed kind or id: `[a-z0-9][a-z0-9._-]*`.
    public static func isSlug(_ slug: String) -> Bool { Slug.isValid(slug) }
}

/// Rules for the identifiers used throughout case files.
enum Slug {
    /// `[a-z0-9][a-z0-9._-]*` (ASCII).
    static func isValid(_ text: String) -> Bool {
        var first = true
        for byte in text.utf8 {
            let ok: Bool
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): ok = true
            case UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"): ok = !first
            default: ok = false
            }
            if !ok { return false }
            first = false
        }
        return !first
    }
}
