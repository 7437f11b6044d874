/// What someone wants to do. Each case names the record's location so that the one policy can
/// answer for every controller.
public enum AccessAction: Hashable, Sendable {
    /// Open the work pages of a unit (a commune's or province's workspace).
    case openUnitWorkspace(UnitLocation)
    /// See the list of accounts that hold roles in a unit.
    case listAccounts(UnitLocation)
    /// Give a role at a scope to an account (creating the account or adding a grant).
    case grant(RoleGrant)
    /// Change an account (reset its password, lock it) whose grants are these.
    case manageAccount(holding: [RoleGrant])
    /// Read the audit log of a unit.
    case readAudit(UnitLocation)
    /// Create, edit, import, publish or retire a criteria set of this scope: a national set
    /// (`provinceCode` nil) or a province's local variant.
    case editCriteria(provinceCode: String?)
    /// Open the account administration pages at all (lists are then narrowed to the scope).
    case administerAccounts
    /// Enter the public-holiday calendar and other national settings.
    case administerSystem
    /// See the producers (chủ thể) and products registered in a unit.
    case listProducers(UnitLocation)
    /// Register a producer in a commune, with or without its representative's account.
    case createProducer(UnitLocation)
    /// Read one producer and its products (`id` is the producer's record id).
    case readProducer(id: String, location: UnitLocation)
    /// Change one producer and add or change its products.
    case editProducer(id: String, location: UnitLocation)
    /// Approve or reject a producer's public sign-up (đăng ký chủ thể).
    case reviewProducerSignUp(UnitLocation)
    /// Give a producer's representative who forgot their password a temporary one (issue 12): the
    /// officer of the producer's commune, for an account that holds nothing but that producer's
    /// representation (so that no other role's password can be taken over this way).
    case resetRepresentativePassword(producerID: String, location: UnitLocation, holding: [RoleGrant])
    /// Open a registration round (đợt đăng ký) owned by this unit, or grant a producer of this
    /// commune an extension: the commune's officer, or the officer of its province.
    case manageRegistrationRound(owner: UnitLocation)
    /// Read a dossier (hồ sơ) of this producer, filed in this commune, and download it as a ZIP:
    /// the producer's representative, and the officers whose unit contains the commune.
    case readDossier(producerID: String, location: UnitLocation)
    /// Prepare a dossier: create it, self-assess, submit. Only the producer's own representative,
    /// because the submission is the producer's declaration.
    case prepareDossier(producerID: String, location: UnitLocation)
    /// Upload or replace a document of a dossier: the representative, or the commune officer of the
    /// producer's commune, who often scans papers for producers who cannot.
    case uploadDossierDocument(producerID: String, location: UnitLocation)
    /// Record that the producer's 05 samples were received with a dossier (26/2026 Điều 6.2.d):
    /// the officers of the dossier's commune, who send them to the province with the dossier.
    case receiveDossierSamples(UnitLocation)
    /// Open an evaluation round (đợt đánh giá, phân hạng) of this province, into which forwarded
    /// dossiers are received: the province's officers.
    case manageEvaluationRound(UnitLocation)
    /// Read an evaluation round of this province (or the nation): the officers of the province,
    /// its communes' included (they forward dossiers into its rounds); national officers all.
    case readEvaluationRound(UnitLocation)
    /// Read a commune's forwarding letter: the officers whose unit contains the commune.
    case readForwardingLetter(UnitLocation)
    /// Set up a council at this level and place it in the province (or the nation), add its members,
    /// and do the secretary's work: the province's officers for a provincial council, national
    /// officers for the national one. (The council's own secretary does the secretary's work too:
    /// `runCouncilSecretariat`.)
    case manageCouncils(UnitLocation)
    /// Seat an account on a council placed at `council` (its province, or the nation), which gives
    /// the account the council member's role there: by those who manage that council, or by its
    /// secretary (`actorIsSecretary`, a fact of membership the application loads), and only an
    /// account that already works in that scope — an officer of the province (the nation for the
    /// national council) or a council member of it — never a producer's representative nor anyone
    /// from elsewhere, who would otherwise read the council's dossiers (issue 9).
    case seatOnCouncil(council: UnitLocation, candidate: [RoleGrant], actorIsSecretary: Bool)
    /// Open a council and its meetings: the officers whose unit contains the council's (the
    /// province's, the nation's), or anyone with a seat on it (`seat`, loaded by the application).
    case readCouncil(UnitLocation, seat: CouncilPosition?)
    /// The secretary's work (meetings, materials, conflicts, the live board): those who manage the
    /// council, or the member seated as its secretary.
    case runCouncilSecretariat(UnitLocation, seat: CouncilPosition?)
    /// Open and fill a scoring sheet for a dossier at a meeting: only a seat on the council (never
    /// an administrator's or officer's grant), the dossier on the meeting's agenda, and no conflict
    /// of interest with it. Whether the meeting allows it today is `MeetingWorkflow`'s.
    case scoreDossier(seat: CouncilPosition?, onAgenda: Bool, inConflict: Bool)
    /// Thu hồi giấy chứng nhận (Điều 8.2): the province's officers for 3★ and 4★ of their province,
    /// national officers for 5★.
    case revokeCertificate(star: Star, location: UnitLocation)
    /// Kiểm tra, giám sát (Điều 9.4): the province's officers plan and record inspections of the
    /// products of their province; national officers anywhere (5★, or 3★/4★ when needed).
    case inspectProduct(UnitLocation)
    /// Ghi nhận và đọc phản ánh về một sản phẩm đã công nhận (issue 13): the officers whose unit
    /// contains the product's commune — complaints reach the commune, the province or the ministry
    /// by phone, letter or hotline; the province then inspects (`inspectProduct`).
    case recordComplaint(UnitLocation)
}

/// The answer of the policy: allowed, or refused with a Vietnamese reason fit to show.
public enum AccessDecision: Equatable, Sendable {
    case allowed
    case denied(String)

    public var isAllowed: Bool { self == .allowed }
}

/// Chính sách phân quyền: the single place that decides "may this person do this, there".
/// Controllers never compare roles themselves; they ask this type.
public struct AccessPolicy: Sendable {
    public init() {}

    public func decide(_ grants: [RoleGrant], _ action: AccessAction) -> AccessDecision {
        // A sheet is a member's own: no grant, not even an administrator's, scores for a council.
        if case .scoreDossier(let seat, let onAgenda, let inConflict) = action {
            guard seat != nil else { return .denied("Bạn không phải thành viên của Hội đồng này, không chấm được.") }
            guard onAgenda else { return .denied("Hồ sơ không thuộc phiên họp này.") }
            return inConflict ? .denied("Bạn có xung đột lợi ích với hồ sơ này: không xem điểm, không chấm.") : .allowed
        }
        if grants.contains(where: { $0.role == .administrator }) { return .allowed }
        let allowed: Bool
        switch action {
        case .openUnitWorkspace(let location), .listAccounts(let location), .readAudit(let location), .recordComplaint(let location):
            allowed = grants.contains { officerScope(of: $0)?.contains(location) ?? false }
        case .grant(let grant):
            allowed = grant.shapeProblem == nil && mayGrant(grants, grant)
        case .manageAccount(let holding):
            allowed = !holding.isEmpty && holding.allSatisfy { mayGrant(grants, $0) }
        case .editCriteria(let provinceCode):
            allowed = grants.contains { held in
                held.role == .nationalOfficer
                    || (held.role == .provincialOfficer && provinceCode != nil && held.location.provinceCode == provinceCode)
            }
        case .administerAccounts:
            allowed = grants.contains { $0.role == .provincialOfficer }
        case .administerSystem:
            allowed = false
        case .listProducers(let location):
            allowed = grants.contains { officerScope(of: $0)?.contains(location) ?? false }
        case .createProducer(let location), .reviewProducerSignUp(let location), .receiveDossierSamples(let location):
            allowed = location.communeCode != nil && grants.contains { isCommuneOfficer($0, of: location) }
        case .resetRepresentativePassword(let producerID, let location, let holding):
            allowed = location.communeCode != nil && grants.contains { isCommuneOfficer($0, of: location) }
                && !holding.isEmpty && holding.allSatisfy { represents($0, producerID) }
        case .readProducer(let id, let location):
            allowed = grants.contains { officerScope(of: $0)?.contains(location) ?? false || represents($0, id) }
        case .manageRegistrationRound(let owner):
            allowed = owner.provinceCode != nil && grants.contains { held in
                (held.role == .provincialOfficer && held.location.contains(owner))
                    || (owner.communeCode != nil && isCommuneOfficer(held, of: owner))
            }
        case .editProducer(let id, let location), .uploadDossierDocument(let id, let location):
            allowed = grants.contains { isCommuneOfficer($0, of: location) || represents($0, id) }
        case .readDossier(let id, let location):
            allowed = grants.contains { officerScope(of: $0)?.contains(location) ?? false || represents($0, id) }
        case .prepareDossier(let id, _):
            allowed = grants.contains { represents($0, id) }
        case .manageEvaluationRound(let location):
            // The same people as the councils the rounds feed: the province's officers, national officers for the nation.
            allowed = decide(grants, .manageCouncils(location)).isAllowed
        case .readEvaluationRound(let location):
            allowed = grants.contains { held in
                officerScope(of: held).map { UnitLocation(provinceCode: $0.provinceCode).contains(location) } ?? false
            }
        case .readForwardingLetter(let location):
            allowed = grants.contains { officerScope(of: $0)?.contains(location) ?? false }
        case .manageCouncils(let location):
            allowed = grants.contains { held in
                location == .nation ? held.role == .nationalOfficer
                    : held.role == .provincialOfficer && held.location.communeCode == nil && held.location.contains(location)
            }
        case .seatOnCouncil(let council, let candidate, let actorIsSecretary):
            allowed = (actorIsSecretary || decide(grants, .manageCouncils(council)).isAllowed)
                && candidate.contains { mayBeSeated($0, on: council) }
        case .readCouncil(let location, let seat):
            allowed = seat != nil || grants.contains { officerScope(of: $0)?.contains(location) ?? false }
        case .runCouncilSecretariat(let location, let seat):
            allowed = seat == .secretary || decide(grants, .manageCouncils(location)).isAllowed
        case .scoreDossier:
            allowed = false // decided above
        case .inspectProduct(let location):
            allowed = grants.contains { held in
                held.role == .nationalOfficer
                    || (held.role == .provincialOfficer && held.location.communeCode == nil && held.location.contains(location))
            }
        case .revokeCertificate(let star, let location):
            allowed = grants.contains { held in
                RevocationAuthority(star: star) == .national ? held.role == .nationalOfficer
                    : held.role == .provincialOfficer && held.location.communeCode == nil && held.location.contains(location)
            }
        }
        return allowed ? .allowed : .denied(Self.refusal(for: action))
    }

    /// The part of the country an officer grant lets its holder see; nil for grants that give no
    /// administrative view (council members, producers).
    public func officerScope(of grant: RoleGrant) -> UnitLocation? {
        switch grant.role {
        case .administrator, .nationalOfficer: .nation
        case .provincialOfficer: grant.location
        case .communeOfficer: grant.location
        case .councilMember, .producerRepresentative: nil
        }
    }

    /// A grant that lets its holder sit on a council at `council`: national officers and national
    /// council members for the national council; the province's officers (commune officers
    /// included) and its council members for a provincial one.
    private func mayBeSeated(_ grant: RoleGrant, on council: UnitLocation) -> Bool {
        if council == .nation {
            return grant.role == .nationalOfficer || (grant.role == .councilMember && grant.location == .nation)
        }
        switch grant.role {
        case .provincialOfficer, .communeOfficer, .councilMember:
            return grant.location.provinceCode != nil && council.contains(grant.location)
        case .administrator, .nationalOfficer, .producerRepresentative:
            return false
        }
    }

    /// A commune officer of the commune where the record sits.
    private func isCommuneOfficer(_ grant: RoleGrant, of location: UnitLocation) -> Bool {
        grant.role == .communeOfficer && grant.location.communeCode != nil && grant.location.contains(location)
    }

    /// A producer representative bound to this producer.
    private func represents(_ grant: RoleGrant, _ producerID: String) -> Bool {
        grant.role == .producerRepresentative && grant.subjectID == producerID
    }

    /// Only the administrator and provincial officers hand out roles, and a provincial officer
    /// only inside their province and never a national or administrator role.
    private func mayGrant(_ grants: [RoleGrant], _ target: RoleGrant) -> Bool {
        grants.contains { held in
            switch held.role {
            case .administrator: true
            case .provincialOfficer:
                target.role != .administrator && target.role != .nationalOfficer
                    && target.location.provinceCode != nil && held.location.contains(target.location)
            default: false
            }
        }
    }

    private static func refusal(for action: AccessAction) -> String {
        switch action {
        case .openUnitWorkspace: "Bạn không có quyền xem trang của đơn vị này."
        case .listAccounts: "Bạn không có quyền xem tài khoản của đơn vị này."
        case .grant: "Bạn chỉ được cấp vai trò trong phạm vi đơn vị mình phụ trách."
        case .manageAccount: "Tài khoản này nằm ngoài phạm vi bạn quản lý."
        case .readAudit: "Bạn không có quyền xem nhật ký của đơn vị này."
        case .editCriteria: "Chỉ cán bộ trung ương (bộ tiêu chí quốc gia) hoặc cán bộ tỉnh (bộ tiêu chí của tỉnh mình) được sửa bộ tiêu chí."
        case .administerAccounts: "Chỉ quản trị hệ thống và cán bộ cấp tỉnh được quản lý tài khoản."
        case .administerSystem: "Chỉ quản trị hệ thống được thực hiện thao tác này."
        case .listProducers: "Bạn không có quyền xem danh sách chủ thể của đơn vị này."
        case .createProducer: "Chỉ cán bộ cấp xã được tạo chủ thể thuộc xã mình phụ trách."
        case .readProducer: "Bạn không có quyền xem chủ thể này và sản phẩm của chủ thể."
        case .editProducer: "Bạn không có quyền sửa thông tin chủ thể này hoặc sản phẩm của chủ thể."
        case .manageRegistrationRound: "Chỉ cán bộ cấp xã (cho xã mình) hoặc cán bộ cấp tỉnh (cho tỉnh mình) được mở đợt đăng ký và gia hạn."
        case .reviewProducerSignUp: "Chỉ cán bộ cấp xã nơi chủ thể đăng ký được duyệt hoặc từ chối đăng ký này."
        case .resetRepresentativePassword: "Chỉ cán bộ cấp xã của chủ thể được đặt lại mật khẩu, và chỉ cho tài khoản người đại diện của chủ thể."
        case .readDossier: "Bạn không có quyền xem hồ sơ này."
        case .manageEvaluationRound: "Chỉ cán bộ cấp tỉnh (đợt của tỉnh mình) hoặc cán bộ trung ương (đợt cấp trung ương) được mở đợt đánh giá, phân hạng."
        case .readEvaluationRound: "Chỉ cán bộ được xem các đợt đánh giá, phân hạng của tỉnh mình."
        case .readForwardingLetter: "Bạn không có quyền xem công văn của xã này."
        case .manageCouncils: "Chỉ cán bộ cấp tỉnh (Hội đồng cấp tỉnh) hoặc cán bộ trung ương (Hội đồng cấp trung ương) được lập và quản lý Hội đồng."
        case .readCouncil: "Bạn không thuộc Hội đồng này."
        case .runCouncilSecretariat: "Chỉ Thư ký Hội đồng hoặc cán bộ quản lý Hội đồng được thực hiện việc này."
        case .scoreDossier: "Bạn không chấm được hồ sơ này."
        case .seatOnCouncil: "Chỉ thêm vào Hội đồng tài khoản của cán bộ hoặc thành viên hội đồng thuộc tỉnh của Hội đồng (Hội đồng cấp trung ương: cán bộ trung ương)."
        case .prepareDossier: "Chỉ người đại diện của chủ thể được lập, tự đánh giá và nộp hồ sơ của chủ thể."
        case .receiveDossierSamples: "Chỉ cán bộ cấp xã nơi chủ thể nộp hồ sơ được ghi nhận sản phẩm mẫu."
        case .inspectProduct: "Chỉ cán bộ cấp tỉnh (sản phẩm của tỉnh mình) hoặc cán bộ trung ương lập kế hoạch và ghi kết quả kiểm tra sau công nhận (khoản 4 Điều 9)."
        case .revokeCertificate: "Chủ tịch UBND cấp tỉnh thu hồi giấy chứng nhận 3 sao, 4 sao, Bộ trưởng Bộ Nông nghiệp và Môi trường thu hồi 5 sao (khoản 2 Điều 8): chỉ cán bộ cấp tỉnh của tỉnh (3, 4 sao) hoặc cán bộ trung ương (5 sao) lập quyết định thu hồi."
        case .recordComplaint: "Chỉ cán bộ cấp xã, cấp tỉnh, trung ương nơi có sản phẩm được ghi nhận và xem phản ánh về sản phẩm."
        case .uploadDossierDocument: "Chỉ người đại diện của chủ thể hoặc cán bộ cấp xã nơi chủ thể đăng ký được tải tài liệu lên hồ sơ này."
        }
    }
}
