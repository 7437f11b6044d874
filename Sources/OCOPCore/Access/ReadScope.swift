/// The kinds of records the pages list. Each list shows exactly the records the policy lets the
/// reader open one by one; `AccessPolicy.readScope` derives the list's filter from that rule.
public enum ListedRecord: CaseIterable, Sendable {
    /// Producers (chủ thể): `.readProducer`.
    case producers
    /// Products, read with their producer: `.readProducer` of the owner.
    case products
    /// Dossiers: `.readDossier`.
    case dossiers
    /// Audit entries of units: `.readAudit` (a person's own actions are shown to them besides).
    case auditEntries
    /// Accounts holding a role in a unit: `.listAccounts`.
    case accounts
    /// Evaluation rounds (đợt đánh giá) of a province or the nation: `.readEvaluationRound`.
    case evaluationRounds
    /// Councils placed in a province or the nation: `.readCouncil` without a seat (seats are the
    /// application's facts and widen the list by the councils sat on).
    case councils
    /// Complaints (phản ánh) about recognised products: `.recordComplaint`.
    case complaints

    /// Why the list is refused to someone whose scope of it is empty.
    public var refusal: String {
        switch self {
        case .producers, .products: "Bạn không có quyền xem danh sách chủ thể của đơn vị này."
        case .dossiers: "Bạn không có quyền xem danh sách hồ sơ."
        case .auditEntries: "Chỉ cán bộ quản lý được xem nhật ký thao tác."
        case .accounts: "Bạn không có quyền xem tài khoản của đơn vị này."
        case .evaluationRounds: "Chỉ cán bộ được xem các đợt đánh giá, phân hạng."
        case .councils: "Bạn không thuộc Hội đồng nào."
        case .complaints: "Chỉ cán bộ quản lý được xem phản ánh về sản phẩm."
        }
    }
}

/// Which records of one kind a person may read, as a filter a query can apply: every record, or
/// those sitting in `locations` (a commune, a province) and those of `producerIDs`.
public struct ReadScope: Equatable, Sendable {
    public var everything: Bool
    /// Records whose unit lies inside one of these.
    public var locations: [UnitLocation]
    /// Records of these producers (record ids), whatever their unit.
    public var producerIDs: [String]

    public init(everything: Bool = false, locations: [UnitLocation] = [], producerIDs: [String] = []) {
        self.everything = everything
        self.locations = locations
        self.producerIDs = producerIDs
    }

    public static let all = ReadScope(everything: true)
    public static let none = ReadScope()

    /// Nothing at all may be listed: the page itself is refused.
    public var isEmpty: Bool { !everything && locations.isEmpty && producerIDs.isEmpty }

    /// Some unit's records may be listed (not only one's own producer's): an officer's view.
    public var reachesUnits: Bool { everything || !locations.isEmpty }

    /// Whether a record sitting at `location`, of `producerID`, falls in the scope: what the
    /// query's WHERE clause answers for each row.
    public func admits(_ location: UnitLocation, producerID: String? = nil) -> Bool {
        if everything { return true }
        if let producerID, producerIDs.contains(producerID) { return true }
        return locations.contains { $0.contains(location) }
    }
}

extension AccessPolicy {
    /// The filter of a list of `kind` for someone holding `grants`. It is built from the same
    /// officer scopes and representative bindings `decide` reads, and `ReadScopeTests` checks,
    /// over every kind of grant and every kind of place, that `admits` answers as `decide` does.
    public func readScope(_ grants: [RoleGrant], of kind: ListedRecord) -> ReadScope {
        let scopes = grants.compactMap(officerScope(of:))
        if scopes.contains(.nation) { return .all }
        switch kind {
        case .producers, .products, .dossiers:
            let represented = grants.filter { $0.role == .producerRepresentative }.compactMap(\.subjectID)
            return ReadScope(locations: scopes, producerIDs: represented)
        case .auditEntries, .accounts, .complaints:
            return ReadScope(locations: scopes)
        case .evaluationRounds:
            // A commune's officers follow the rounds their province holds, to forward dossiers into them.
            return ReadScope(locations: Self.unique(scopes.compactMap { $0.provinceCode.map(UnitLocation.province) }))
        case .councils:
            // A council sits in a province or the nation, which no commune's scope contains.
            return ReadScope(locations: scopes.filter { $0.communeCode == nil })
        }
    }

    /// The units in which a person acts by default when a form does not name one (the province a
    /// round is opened for, the commune a producer is created in): the places of their own grants
    /// where `action` is allowed, the widest first. An administrator's grant is no unit of its own.
    public func homeUnits(_ grants: [RoleGrant], where action: (UnitLocation) -> AccessAction) -> [UnitLocation] {
        let places = grants.filter { $0.role != .administrator }.map(\.location)
        let allowed = Self.unique(places).filter { decide(grants, action($0)).isAllowed }
        return allowed.sorted { $0.depth < $1.depth }
    }

    private static func unique(_ locations: [UnitLocation]) -> [UnitLocation] {
        var seen = Set<UnitLocation>()
        return locations.filter { seen.insert($0).inserted }
    }
}

extension UnitLocation {
    /// 0 for the nation, 1 for a province, 2 for a commune.
    var depth: Int { (provinceCode == nil ? 0 : 1) + (communeCode == nil ? 0 : 1) }
}
