import CrimeGraph

extension CaseFileExport {
    /// Declares every source a citation names that `file` does not describe (a GraphML or
    /// GEXF file may cite sources its header never lists), with its id as the title and
    /// publisher `unknown`, so the case file validates; reported as a loss.
    static func declareCitedSources(_ file: inout CaseFile, losses: inout LossCounter) {
        var known = Set(file.sources.map(\.id))
        func declare(_ citations: [Citation]) {
            for citation in citations where known.insert(citation.source).inserted {
                file.sources.append(Source(id: citation.source, title: citation.source, publisher: "unknown"))
                losses.note("descriptions of cited sources the input does not describe (declared with publisher unknown)", example: citation.source)
            }
        }
        func declare(_ properties: PropertyList) {
            for property in properties {
                for quantity in property.value.quantities { declare(quantity.citations) }
            }
        }
        for entity in file.entities {
            declare(entity.citations)
            declare(entity.properties)
        }
        for relationship in file.relationships {
            declare(relationship.citations)
            declare(relationship.properties)
        }
    }
}
