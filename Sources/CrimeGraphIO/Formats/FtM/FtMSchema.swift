import CrimeGraph

/// What CrimeGraph knows of the FollowTheMoney model (followthemoney 4.x): every concrete
/// schema and the kind it maps to, the edge schemata with their source and target properties,
/// and the properties CrimeGraph writes. Built by reading the followthemoney documentation and
/// package data; none of its files are copied.
enum FtMSchema {
    /// An edge schema: the properties that hold its ends and the relation kind it becomes.
    struct Edge: Sendable {
        let source: String
        let target: String
        let kind: RelationKind
        /// Whether CrimeGraph's relationship runs from target to source (Employment: the
        /// employer employs the employee).
        let reversed: Bool
        /// Whether the schema has Interest's `role` and `status`.
        let isInterest: Bool
    }

    static let edges: [String: Edge] = [
        "Ownership": Edge(source: "owner", target: "asset", kind: "owns", reversed: false, isInterest: true),
        "Directorship": Edge(source: "director", target: "organization", kind: "directs", reversed: false, isInterest: true),
        "Membership": Edge(source: "member", target: "organization", kind: "member_of", reversed: false, isInterest: true),
        "Employment": Edge(source: "employee", target: "employer", kind: "employs", reversed: true, isInterest: true),
        "Family": Edge(source: "person", target: "relative", kind: "family_of", reversed: false, isInterest: false),
        "Associate": Edge(source: "person", target: "associate", kind: "associated_with", reversed: false, isInterest: false),
        "UnknownLink": Edge(source: "subject", target: "object", kind: "associated_with", reversed: false, isInterest: true),
        "Representation": Edge(source: "agent", target: "client", kind: "represents", reversed: false, isInterest: true),
        "Occupancy": Edge(source: "holder", target: "post", kind: "holds_post", reversed: false, isInterest: false),
        "Documentation": Edge(source: "document", target: "entity", kind: "mentions", reversed: false, isInterest: true),
        "Control": Edge(source: "controller", target: "controlled", kind: "controls", reversed: false, isInterest: true),
        "Succession": Edge(source: "predecessor", target: "successor", kind: "precedes", reversed: false, isInterest: true),
        "Debt": Edge(source: "debtor", target: "creditor", kind: "owes", reversed: false, isInterest: false),
        "Payment": Edge(source: "payer", target: "beneficiary", kind: "paid", reversed: false, isInterest: false),
        "ContractAward": Edge(source: "contract", target: "supplier", kind: "awarded_to", reversed: false, isInterest: true),
        "CourtCaseParty": Edge(source: "party", target: "case", kind: "party_to", reversed: false, isInterest: true),
        "ProjectParticipant": Edge(source: "participant", target: "project", kind: "participated_in", reversed: false, isInterest: true),
    ]

    /// Every concrete node schema and the kind its entities get.
    static let nodes: [String: EntityKind] = [
        "Person": .person, "Company": .company, "Organization": .organization, "LegalEntity": .organization,
        "PublicBody": .agency, "Position": .organization, "Address": .location, "Territory": .location,
        "Event": .event, "Trip": .event, "Call": .event, "Project": .event, "CallForTenders": .event, "EconomicActivity": .event,
        "Document": .document, "Article": .document, "Audio": .document, "Email": .document, "Folder": .document,
        "HyperText": .document, "Image": .document, "Message": .document, "Package": .document, "Page": .document,
        "Pages": .document, "PlainText": .document, "Table": .document, "Video": .document, "Workbook": .document,
        "Note": .document, "Mention": .document, "Similar": .document, "Identification": .document, "Passport": .document,
        "TaxRoll": .document, "Asset": .asset, "RealEstate": .asset, "Security": .asset, "Contract": .asset, "License": .asset,
        "BankAccount": .account, "CryptoWallet": .account, "UserAccount": .account, "Vehicle": .vehicle, "Vessel": .vehicle,
        "Airplane": .vehicle, "CourtCase": .outcome, "Sanction": .outcome, "Risk": .outcome,
    ]

    /// Abstract schemata: valid names, but no entity has them.
    static let abstract: Set<String> = ["Thing", "Interval", "Interest", "Value", "Analyzable"]

    /// Schemata with `date`, `startDate` and `endDate` (Interval).
    static let intervals: Set<String> = [
        "Event", "Trip", "Call", "Project", "CallForTenders", "EconomicActivity", "Message", "Identification", "Passport",
        "Risk", "Sanction", "TaxRoll",
    ]

    /// The schema each kind is written as; kinds it does not read back as carry a keyword.
    static let schemaOfKind: [EntityKind: String] = [
        .person: "Person", .company: "Company", .organization: "Organization", .agency: "PublicBody", .location: "Address",
        .nationality: "Territory", .event: "Event", .offence: "Event", .outcome: "CourtCase", .document: "Document",
        .asset: "Asset", .account: "BankAccount", .vehicle: "Vehicle", .phone: "UserAccount",
    ]

    /// The keyword that records a kind FtM has no schema for: `crimegraph-kind:offence`.
    static let kindKeywordPrefix = "crimegraph-kind:"

    /// The edge schema each relation kind is written as (others: UnknownLink with the kind as
    /// its `role`).
    static let schemaOfRelationKind: [RelationKind: String] = [
        "owns": "Ownership", "directs": "Directorship", "member_of": "Membership", "employs": "Employment", "family_of": "Family",
        "represents": "Representation", "mentions": "Documentation", "controls": "Control", "precedes": "Succession",
        "owes": "Debt", "paid": "Payment", "party_to": "CourtCaseParty",
    ]

    // MARK: Properties written

    private static let thing: Set<String> = [
        "name", "alias", "previousName", "weakAlias", "country", "summary", "notes", "description", "sourceUrl", "publisher",
        "publisherUrl", "alephUrl", "wikipediaUrl", "wikidataId", "keywords", "topics", "address", "program", "programId",
        "createdAt", "modifiedAt", "retrievedAt",
    ]
    private static let legalEntity: Set<String> = [
        "abbreviation", "email", "phone", "website", "legalForm", "incorporationDate", "dissolutionDate", "taxStatus", "status",
        "sector", "classification", "registrationNumber", "idNumber", "taxNumber", "licenseNumber", "vatCode", "jurisdiction",
        "mainCountry", "opencorporatesUrl", "leiCode", "dunsCode", "swiftBic", "icijId", "innCode", "ogrnCode", "okpoCode",
    ]
    private static let person: Set<String> = [
        "title", "firstName", "secondName", "middleName", "fatherName", "motherName", "lastName", "nameSuffix", "birthDate",
        "birthPlace", "birthCountry", "deathDate", "position", "biography", "nationality", "citizenship", "passportNumber",
        "socialSecurityNumber", "gender", "ethnicity", "height", "weight", "eyeColor", "hairColor", "appearance", "religion",
        "political", "profession", "education", "spokenLanguage",
    ]
    private static let organization: Set<String> = ["cageCode", "permId", "imoNumber", "giiNumber"]
    private static let value: Set<String> = ["amount", "currency", "amountUsd", "amountEur"]
    private static let company: Set<String> = ["capital", "ticker", "isinCode", "cikCode", "irsCode", "ricCode"]
    private static let address: Set<String> = [
        "full", "remarks", "postOfficeBox", "street", "street2", "city", "postalCode", "region", "state", "latitude", "longitude",
        "osmId", "googlePlaceId",
    ]
    private static let territory: Set<String> = ["level", "territoryCode", "fipsCode", "zipCode", "nutsCode"]
    private static let interval: Set<String> = [
        "startDate", "endDate", "date", "summary", "description", "recordId", "sourceUrl", "publisher", "publisherUrl",
        "namesMentioned", "modifiedAt", "retrievedAt",
    ]
    private static let event: Set<String> = ["location", "important"]
    private static let document: Set<String> = [
        "title", "author", "generator", "crawler", "fileSize", "fileName", "extension", "encoding", "bodyText", "messageId",
        "mimeType", "language", "translatedLanguage", "translatedText", "date", "authoredAt", "publishedAt",
    ]
    private static let bankAccount: Set<String> = [
        "bankName", "accountNumber", "iban", "bic", "accountType", "openingDate", "closingDate", "balance", "balanceDate",
        "maxBalance", "maxBalanceDate", "bankAddress",
    ]
    private static let userAccount: Set<String> = ["service", "email", "phone", "username", "password", "ipAddress"]
    private static let vehicle: Set<String> = ["registrationNumber", "type", "model", "buildDate", "registrationDate", "deregistrationDate"]
    private static let courtCase: Set<String> = ["category", "type", "status", "caseNumber", "court", "fileDate", "closeDate"]
    private static let interest: Set<String> = ["role", "status"]
    private static let edgeOwn: [String: Set<String>] = [
        "Ownership": ["percentage", "sharesCount", "sharesValue", "sharesCurrency", "sharesType", "legalBasis", "ownershipType"],
        "Directorship": ["secretary"], "Family": ["relationship"], "Associate": ["relationship"],
        "Occupancy": ["declarationDate", "electionDate", "periodStart", "periodEnd", "constituency", "politicalGroup", "status"],
        "Debt": value, "Payment": value.union(["purpose", "programme", "transactionNumber"]),
    ]

    /// The properties CrimeGraph writes for entities of `schema` (a subset of FtM's: the
    /// descriptive ones, not references between entities).
    static func writable(_ schema: String) -> Set<String> {
        if let edge = edges[schema] {
            return interval.union(edge.isInterest ? interest : []).union(edgeOwn[schema] ?? [])
        }
        switch schema {
        case "Person": return thing.union(legalEntity).union(person)
        case "Company": return thing.union(legalEntity).union(organization).union(company).union(value)
        case "Organization", "PublicBody": return thing.union(legalEntity).union(organization)
        case "LegalEntity": return thing.union(legalEntity)
        case "Address": return thing.union(address)
        case "Territory": return thing.union(territory)
        case "Event": return thing.union(interval).union(event)
        case "Document": return thing.union(document)
        case "Asset": return thing.union(value)
        case "BankAccount": return thing.union(value).union(bankAccount)
        case "UserAccount": return thing.union(userAccount)
        case "Vehicle": return thing.union(value).union(vehicle)
        case "CourtCase": return thing.union(courtCase)
        default: return thing
        }
    }

    /// The FtM type of a property CrimeGraph writes, where values must take a form (dates,
    /// countries, numbers, links, emails, phones); other properties take any text.
    static let types: [String: String] = {
        var table: [String: String] = [:]
        for name in ["birthDate", "deathDate", "incorporationDate", "dissolutionDate", "startDate", "endDate", "date", "createdAt",
                     "modifiedAt", "retrievedAt", "authoredAt", "publishedAt", "openingDate", "closingDate", "balanceDate",
                     "maxBalanceDate", "buildDate", "registrationDate", "deregistrationDate", "fileDate", "closeDate",
                     "declarationDate", "electionDate", "periodStart", "periodEnd"] { table[name] = "date" }
        for name in ["country", "jurisdiction", "mainCountry", "birthCountry", "nationality", "citizenship"] { table[name] = "country" }
        for name in ["height", "weight", "capital", "latitude", "longitude", "fileSize", "balance", "maxBalance", "amount",
                     "amountUsd", "amountEur"] { table[name] = "number" }
        for name in ["sourceUrl", "publisherUrl", "alephUrl", "wikipediaUrl", "opencorporatesUrl", "website"] { table[name] = "url" }
        table["email"] = "email"
        table["phone"] = "phone"
        table["gender"] = "gender"
        return table
    }()
}
