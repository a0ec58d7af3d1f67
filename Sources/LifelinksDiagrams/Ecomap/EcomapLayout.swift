import Foundation
import LifelinksModel

/// Where everything on an ecomap goes: a sector per group of connections, a ring per closeness.
///
/// The young person is at the origin. Closer ties sit on inner rings. Each
/// sector gets the angle its most crowded ring needs to keep neighbours
/// `spacing` apart (neighbours across a sector boundary too); when the sectors
/// need more than a full turn, every ring moves outwards until they fit. Spare
/// angle is shared out by need. Positions are in points and handed to Graphviz
/// pinned, so the same network always gives the same picture.
public struct EcomapLayout: Sendable {
    public struct Point: Hashable, Sendable {
        public var x: Double
        public var y: Double
    }

    /// The centre of each connection's node, by id.
    public private(set) var positions: [String: Point] = [:]
    /// Where each sector's heading goes, in drawing order.
    private(set) var sectorLabels: [(sector: EcomapSector, at: Point)] = []
    /// The furthest any node lies from the centre.
    public private(set) var radius: Double = 0
    /// The rightmost and topmost points any node or heading reaches, for placing the key beside the map.
    public private(set) var rightEdge: Double = 0
    public private(set) var topEdge: Double = 0
    public private(set) var leftEdge: Double = 0
    /// The radius of each ring, innermost first.
    public private(set) var ringRadii: [Double] = []

    static let firstRing = 170.0
    static let ringGap = 110.0
    /// The least distance between the centres of neighbouring nodes on one ring.
    static let spacing = 170.0

    public init(_ connections: [Connection]) {
        let groups = Dictionary(grouping: connections, by: EcomapSector.init)
        let sectors = EcomapSector.ordered(Set(groups.keys))
        guard !sectors.isEmpty else { return }
        let crowding = sectors.map { sector in
            Dictionary(grouping: groups[sector]!) { EcomapLayout.ring($0.closeness) }
        }
        var scale = 1.0
        var needs: [Double] = []
        while true {
            let radii = EcomapLayout.radii(scale)
            needs = crowding.map { rings in
                rings.map { ring, people in Double(people.count) * EcomapLayout.spacing / radii[ring] }.max()!
            }
            if needs.reduce(0, +) <= 2 * Double.pi || scale > 40 { break }
            scale *= 1.05
        }
        ringRadii = EcomapLayout.radii(scale)
        let total = needs.reduce(0, +)
        let spans = needs.map { $0 / total * 2 * Double.pi }
        // The family sits across the top, the mother's side to the left; otherwise the first sector is on top.
        let familySpan = zip(sectors, spans).filter { $0.0.category == .family }.map(\.1).reduce(0, +)
        var start = Double.pi / 2 + (familySpan > 0 ? familySpan : spans[0]) / 2
        for (index, sector) in sectors.enumerated() {
            var outermost = 0.0
            for (ring, people) in crowding[index] {
                let ordered = people.sorted { ($0.stage, $0.id) < ($1.stage, $1.id) }
                let radius = ringRadii[ring]
                for (slot, person) in ordered.enumerated() {
                    let angle = start - spans[index] * (Double(slot) + 0.5) / Double(ordered.count)
                    positions[person.id] = Point(x: (radius * cos(angle)).rounded(), y: (radius * sin(angle)).rounded())
                }
                outermost = max(outermost, radius)
            }
            radius = max(radius, outermost)
            let middle = start - spans[index] / 2
            // Headings are wide and level: push them out further where they sit to the side.
            let halfWidth = Double(sector.title.count) * 3.8
            let labelRadius = outermost + 55 + abs(cos(middle)) * (halfWidth + 60) + abs(sin(middle)) * 20
            sectorLabels.append(
                (sector, Point(x: (labelRadius * cos(middle)).rounded(), y: (labelRadius * sin(middle)).rounded())))
            start -= spans[index]
        }
        separate(connections)
    }

    /// The half-width and half-height a connection's node takes, estimated from its label.
    static func footprint(_ connection: Connection) -> (width: Double, height: Double) {
        let nameLines = HTMLLabel.wrap(connection.name, width: 22)
        let relationshipLines = connection.relationship.map { HTMLLabel.wrap($0, width: 26) } ?? []
        let widest = max(
            Double(nameLines.map(\.count).max() ?? 0) * 1.1,
            Double(relationshipLines.map(\.count).max() ?? 0) * 0.9,
            Double(connection.stage.title.count) * 0.8)
        let lines = Double(nameLines.count + relationshipLines.count + 1)
        return (widest * 4.6 + 14, lines * 7 + 12)
    }

    /// Pushes nodes that would overlap outwards along their own ray, outer one first, until none do.
    private mutating func separate(_ connections: [Connection]) {
        struct Item {
            var id: String?
            var angle: Double
            var distance: Double
            var halfWidth: Double
            var halfHeight: Double
            var x: Double { distance * cos(angle) }
            var y: Double { distance * sin(angle) }
        }
        var items = connections.map { connection -> Item in
            let point = positions[connection.id]!
            let size = EcomapLayout.footprint(connection)
            return Item(
                id: connection.id, angle: atan2(point.y, point.x),
                distance: (point.x * point.x + point.y * point.y).squareRoot(),
                halfWidth: size.width, halfHeight: size.height)
        }
        for label in sectorLabels {
            items.append(
                Item(
                    id: nil, angle: atan2(label.at.y, label.at.x),
                    distance: (label.at.x * label.at.x + label.at.y * label.at.y).squareRoot(),
                    halfWidth: Double(label.sector.title.count) * 3.8 + 6, halfHeight: 10))
        }
        let gap = 6.0
        for _ in 0..<200 {
            var moved = false
            for first in items.indices {
                for second in items.indices where second > first {
                    let a = items[first]
                    let b = items[second]
                    let overlapX = a.halfWidth + b.halfWidth + gap - abs(a.x - b.x)
                    let overlapY = a.halfHeight + b.halfHeight + gap - abs(a.y - b.y)
                    guard overlapX > 0, overlapY > 0 else { continue }
                    let outer = a.distance >= b.distance ? first : second
                    let step = min(
                        overlapX / max(abs(cos(items[outer].angle)), 0.2),
                        overlapY / max(abs(sin(items[outer].angle)), 0.2))
                    items[outer].distance += min(max(step, 4), 60)
                    moved = true
                }
            }
            if !moved { break }
        }
        radius = 0
        var labelIndex = 0
        for item in items {
            rightEdge = max(rightEdge, item.x + item.halfWidth)
            leftEdge = min(leftEdge, item.x - item.halfWidth)
            topEdge = max(topEdge, item.y + item.halfHeight)
            let point = Point(x: item.x.rounded(), y: item.y.rounded())
            if let id = item.id {
                positions[id] = point
                radius = max(radius, item.distance)
            } else {
                sectorLabels[labelIndex].at = point
                labelIndex += 1
            }
        }
        radius = max(radius, sectorLabels.map { ($0.at.x * $0.at.x + $0.at.y * $0.at.y).squareRoot() }.max() ?? 0)
    }

    /// The four rings' radii when everything is pushed out by `scale`.
    static func radii(_ scale: Double) -> [Double] {
        (0..<4).map { firstRing * scale + Double($0) * ringGap }
    }

    /// The ring for a tie: strong ties innermost, lost ones outermost.
    static func ring(_ closeness: Closeness?) -> Int {
        switch closeness {
        case .strong: 0
        case .moderate: 1
        case .tenuous, .stressful, nil: 2
        case .lost: 3
        }
    }
}
