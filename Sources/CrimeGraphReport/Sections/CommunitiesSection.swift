import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphRender

/// Louvain communities, largest first, each with its make-up, its most connected members and a
/// small diagram.
enum CommunitiesSection {
    static func build(_ composer: inout ReportComposer) -> ReportSection {
        let graph = composer.graph
        let view = AnalysisGraph(graph, directed: false)
        let seed = UInt64(max(0, composer.options.seed))
        let communities = Louvain.communities(in: view, seed: seed)
        var blocks: [Block] = []
        let sizable = (0..<communities.count).filter { communities.size(of: $0) >= 3 }
        let quality = communities.modularity.isNaN ? "undefined" : Wording.decimals(communities.modularity, 2)
        blocks.append(.paragraph(RichText(
            "Louvain's method (seed \(seed)) divides the network into \(communities.count) communit\(communities.count == 1 ? "y" : "ies") of entities more tied to each other than to the rest; modularity \(quality) (above about 0.3, the communities are clearly denser inside than chance). \(sizable.count) have three or more members.")))
        for (position, community) in sizable.enumerated() {
            let members = communities.members(of: community).map(Int.init)
            let memberSet = Set(members)
            let inside = members.map { member in
                (member, graph.undirected.neighbors(of: member).filter { memberSet.contains(Int($0)) && Int($0) != member }.count)
            }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            var kinds: [EntityKind: Int] = [:]
            for member in members { kinds[graph.kind(of: member), default: 0] += 1 }
            let makeUp = kinds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { Wording.counted($0.key, $0.value) }
            var heading = RichText("Community \(community + 1): \(members.count) entities")
            if let centre = inside.first { heading = RichText("Community \(community + 1): \(members.count) entities around ") + RichText([composer.entity(centre.0)]) }
            blocks.append(.heading(heading))
            var lead = RichText("\(Wording.capitalized(Wording.list(makeUp))). Most connected inside: ")
            lead.append(contentsOf: RichText.joined(inside.prefix(3).map { RichText([composer.entity($0.0)]) + RichText(" (\($0.1))") }).inlines)
            lead.append(".")
            blocks.append(.paragraph(lead))
            blocks.append(.paragraph(RichText("Members: ") + RichText.joined(members.map { RichText([composer.entity($0)]) }) + "."))
            if position < composer.options.maximumCommunityFigures {
                var options = DiagramOptions(title: nil, legend: false, seed: composer.options.seed, labelWidth: 20)
                options.highlightedEntities = Set(composer.options.focus.compactMap { focus in
                    memberSet.contains(focus) ? members.firstIndex(of: focus) : nil
                })
                let subgraph = graph.subgraph(keeping: members)
                blocks.append(.figure(FigureMaker.figure(
                    id: "community-\(community + 1)", caption: RichText("Community \(community + 1) and the relationships among its members."),
                    view: subgraph, options: options, straightEdges: composer.options.straightEdges)))
            }
        }
        let small = (0..<communities.count).filter { communities.size(of: $0) < 3 }
        if !small.isEmpty {
            let names = small.map { community in
                RichText.joined(communities.members(of: community).map { RichText([composer.entity(Int($0))]) }, separator: " and ")
            }
            blocks.append(.paragraph(RichText("Smaller communities: ") + RichText.joined(names, separator: "; ") + "."))
        }
        return ReportSection(id: StandardSection.communities.rawValue, title: StandardSection.communities.title, blocks: blocks)
    }
}
