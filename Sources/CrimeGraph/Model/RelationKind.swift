/// The kind of a relationship, such as `holds_post` or `participated_in`.
///
/// Relationships are directed; a relation kind names what the `from` entity does to, or is
/// to, the `to` entity. The built-in kinds are documented in `docs/case-file-schema.md`; a case
/// file may declare more under `relation_kinds:`.
public struct RelationKind: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The snake_case slug.
    public let rawValue: String

    /// Creates a relation kind from its slug.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a relation kind from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The slug, as written in case files.
    public var description: String { rawValue }

    /// Orders relation kinds alphabetically by slug.
    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The relation kinds every case file may use without declaring them, with the usual
    /// direction and meaning.
    public static let builtIn: KeyValuePairs<RelationKind, String> = [
        "holds_post": "person → agency/organization/company; the post as property `post`",
        "member_of": "person/organization → organization/agency",
        "employs": "company/organization → person",
        "represents": "person/agency → country or organization",
        "part_of": "agency → agency, location → location, organization → organization, event → event",
        "located_in": "company/organization/agency → location",
        "occurred_in": "event → location",
        "registered_to": "location/asset → company",
        "owns": "person/company → company/asset",
        "directs": "person → company/organization",
        "operates_in": "organization/company → location",
        "participated_in": "agency/person/organization → event",
        "ordered": "person/agency → event",
        "targeted": "event → company/person/organization/location",
        "found": "event → nationality/person, with a count",
        "involved": "event → nationality/person, with a count",
        "identified": "event → offence",
        "resulted_in": "event → outcome/event",
        "led_to": "event → event/offence: a stated cause",
        "investigates": "agency → offence/company/person",
        "charged_with": "person → offence",
        "committed": "person/organization/company → offence",
        "victim_of": "person/nationality → offence",
        "commented_on": "person/organization → event",
        "spoke_to": "person → organization (a newspaper, for instance)",
        "requested": "→ the party asked; the request as property `request`",
        "refused": "→ the request refused",
        "urged": "→ the party urged to act",
        "thanked": "→ the party thanked",
        "praised": "→ the party praised",
        "cooperates_with": "agency/organization → agency/organization",
        "has_nationality": "person → nationality",
        "family_of": "person → person",
        "associated_with": "any → any: a tie of unspecified nature",
        "communicated_with": "person → person: calls, messages, meetings",
        "mentions": "document → anything",
        "same_as": "two records of one real entity",
    ]
}
