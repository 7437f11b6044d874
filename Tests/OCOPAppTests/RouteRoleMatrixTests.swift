import Fluent
import Foundation
import NIOCore
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 10, item 1: every route of Vapor's route table, asked by every demo role and by a visitor,
/// about a record of another unit (Hà Nội, `ForeignUnitRecords`), answers exactly what
/// `RouteRoleExpectations` says. The walk is generated from `app.routes.all`, so a route added
/// without an expectation fails the test, and so does an expectation of a route that is gone.
/// POSTs carry a valid CSRF token and an empty body; afterwards none of the foreign records may
/// have changed.
@Suite("Bảng quyền: mọi đường dẫn × mọi vai trò mẫu × bản ghi của đơn vị khác")
struct RouteRoleMatrixTests {
    /// One cell that did not answer as expected, for the failure report.
    struct Miss: CustomStringConvertible {
        let route: String, reader: String, expected: String, got: String, detail: String
        var description: String { "\(route) as \(reader): expected \(expected), got \(got)\(detail.isEmpty ? "" : " — \(detail)")" }
    }

    @Test("Mỗi đường dẫn, mỗi vai trò: đúng câu trả lời trong bảng; không bản ghi nào của đơn vị khác bị thay đổi")
    func everyRouteEveryRole() async throws {
        try await withTestApp { app in
            let clock = ContinuousClock(), started = clock.now
            let foreign = try await ForeignUnitRecords.make(app)
            let made = clock.now
            let routes = app.routes.all.map(MatrixRoute.init)
            try checkTableMatchesRoutes(routes)

            var browsers: [String: Browser] = [:]
            for reader in RouteRoleExpectations.readers {
                let browser = Browser(app)
                if reader == RouteRoleExpectations.visitor {
                    try await browser.get(SiteURL.login.path)
                } else {
                    try #require(try await browser.login(reader).status == .seeOther, "\(reader) could not sign in")
                    try await browser.get(SiteURL.dashboard.path)
                }
                browsers[reader] = browser
            }

            var misses: [Miss] = []
            var observed: [String: [String]] = [:]
            var spent: [String: Duration] = [:]
            let markers = foreign.markers.map { (text: $0, bytes: Data($0.utf8)) }
            let nationWide = Set(RouteRoleExpectations.nationWide)

            /// Checks one answer against the table, and the page against the foreign unit's markers.
            func check(_ route: MatrixRoute, _ reader: String, _ response: TestingHTTPResponse) {
                let got = MatrixAnswer(response)
                // A scoped reader's page may refuse, but never show the foreign unit's records (the
                // public pages do show certified products and units, so they are left out).
                let body = Data(buffer: response.body)
                if !nationWide.contains(reader), reader != RouteRoleExpectations.visitor,
                   RouteRoleExpectations.expected(route.pattern, RouteRoleExpectations.visitor) == "L",
                   let leaked = markers.first(where: { body.range(of: $0.bytes) != nil })?.text {
                    misses.append(Miss(route: route.pattern, reader: reader, expected: "no record of Hà Nội on the page", got: "“\(leaked)”", detail: ""))
                }
                observed[route.pattern, default: Array(repeating: "?", count: RouteRoleExpectations.readers.count)][
                    RouteRoleExpectations.readers.firstIndex(of: reader)!] = got.token
                let expected = RouteRoleExpectations.expected(route.pattern, reader)
                if let defect = RouteRoleExpectations.knownDefects[route.pattern + " " + reader] {
                    Issue.record("Known defect, \(route.pattern) as \(reader): \(defect) (answered \(got.token))")
                }
                if expected != got.token {
                    misses.append(Miss(route: route.pattern, reader: reader, expected: expected, got: got.token, detail: got.reason))
                }
            }

            /// Sends one form as the reader's browser would, with its session's CSRF token.
            func send(_ route: MatrixRoute, _ reader: String) async throws {
                let browser = browsers[reader]!
                let path = try route.concretePath(foreign)
                if route.pattern == "POST /dang-ky-chu-the" {
                    // The sign-up form counts attempts per address, and every reader here has the same one.
                    try await LoginAttempt.query(on: app.db).filter(\.$id ~~ ["dang-ky|127.0.0.1", "dang-ky|?"]).delete()
                }
                let askedAt = clock.now
                let response = route.acceptsUploads
                    ? try await browser.upload(path, filename: "tai-lieu.pdf", data: DossiersTests.pdf, contentType: "application/pdf")
                    : try await browser.post(path, pairs: route.minimalBody(foreign, reader: reader))
                spent[route.pattern, default: .zero] += clock.now - askedAt
                check(route, reader, response)
            }

            /// Reads every page as each reader, the readers at the same time (as people do): a page
            /// read does not change the session, so only the cookie goes along.
            func readPages(_ pages: [MatrixRoute]) async throws {
                let sessions = RouteRoleExpectations.readers.map { ($0, browsers[$0]!.cookie) }
                let paths = try pages.map { try $0.concretePath(foreign) }
                let answers = try await withThrowingTaskGroup(of: (String, [TestingHTTPResponse]).self) { group in
                    for (reader, cookie) in sessions {
                        group.addTask {
                            var headers = HTTPHeaders()
                            if let cookie { headers.add(name: .cookie, value: "ocop-session=\(cookie)") }
                            var responses: [TestingHTTPResponse] = []
                            for path in paths { responses.append(try await app.testing().sendRequest(.GET, path, headers: headers)) }
                            return (reader, responses)
                        }
                    }
                    return try await group.reduce(into: [String: [TestingHTTPResponse]]()) { $0[$1.0] = $1.1 }
                }
                for (index, route) in pages.enumerated() {
                    for reader in RouteRoleExpectations.readers { check(route, reader, answers[reader]![index]) }
                }
            }

            // Pages first, then the forms; the nation-wide roles' forms last, since they may change a
            // foreign record legitimately, and logging out last for everyone.
            let ordered = routes.sorted { ($0.method == .POST ? 1 : 0, $0.isLogout ? 1 : 0) < ($1.method == .POST ? 1 : 0, $1.isLogout ? 1 : 0) }
            let before = try await ForeignSnapshot.take(app, foreign)
            try await readPages(ordered.filter { $0.method == .GET })
            for route in ordered where route.method != .GET {
                for reader in RouteRoleExpectations.readers where !nationWide.contains(reader) { try await send(route, reader) }
            }
            let after = try await ForeignSnapshot.take(app, foreign)
            for (table, rows) in before where after[table] != rows {
                Issue.record("A page read, or a form sent by a role of another unit, changed \(table): before \(rows), after \(after[table] ?? [])")
            }
            for route in ordered where route.method != .GET {
                for reader in RouteRoleExpectations.readers where nationWide.contains(reader) { try await send(route, reader) }
            }

            if ProcessInfo.processInfo.environment["ROUTE_MATRIX_PRINT"] != nil {
                let final = try await ForeignSnapshot.take(app, foreign)
                print("Changed by the nation-wide roles' forms: " + after.keys.sorted().filter { final[$0] != after[$0] }.joined(separator: ", "))
                print(spent.sorted { $0.value > $1.value }.prefix(12).map { "  \($0.value) \($0.key)" }.joined(separator: "\n"))
                print(RouteRoleExpectations.source(observed, order: routes.map(\.pattern)))
            }
            print("Route-role matrix: \(routes.count) routes × \(RouteRoleExpectations.readers.count) readers; records made in \(made - started), walked in \(clock.now - made)")
            for miss in misses { Issue.record("\(miss)") }
            if !misses.isEmpty { print("Route-role matrix: \(misses.count) cells differ:\n" + misses.map { "  \($0)" }.joined(separator: "\n")) }
        }
    }

    /// Every route has an entry and every entry a route.
    func checkTableMatchesRoutes(_ routes: [MatrixRoute]) throws {
        let patterns = Set(routes.map(\.pattern))
        for pattern in patterns.subtracting(RouteRoleExpectations.table.keys).sorted() {
            Issue.record("Route \(pattern) has no entry in RouteRoleExpectations.table: add the answer of each role")
        }
        for pattern in Set(RouteRoleExpectations.table.keys).subtracting(patterns).sorted() {
            Issue.record("RouteRoleExpectations.table names \(pattern), which is not in the route table any more")
        }
        for (pattern, row) in RouteRoleExpectations.table where row.split(separator: " ").count != RouteRoleExpectations.readers.count {
            Issue.record("The entry of \(pattern) has \(row.split(separator: " ").count) answers for \(RouteRoleExpectations.readers.count) readers")
        }
    }
}

/// A route of the table with what the walk needs: its pattern ("GET /ho-so/:id") and a path with
/// each parameter replaced by the foreign record of its kind.
struct MatrixRoute {
    let method: HTTPMethod
    let components: [PathComponent]
    let acceptsUploads: Bool

    init(_ route: Route) {
        method = route.method
        components = route.path
        acceptsUploads = route.acceptsUploads
    }

    var pattern: String { "\(method.rawValue) /" + components.map(\.description).joined(separator: "/") }
    var isLogout: Bool { pattern == "POST /dang-xuat" }

    /// The path with the foreign record of each parameter's kind; the parameter's name and the
    /// route's first segment say which kind (`:id` under /ho-so is a dossier, under /chu-the a producer …).
    func concretePath(_ foreign: ForeignUnitRecords) throws -> String {
        let first = components.first?.description ?? ""
        let segments = try components.map { component -> String in
            guard case .parameter(let name) = component else { return component.description }
            switch (name, first) {
            case ("id", "ho-so"): return foreign.dossier(for: pattern).id!.uuidString
            case ("id", "tai-khoan"): return foreign.account.id!.uuidString
            case ("id", "giay-chung-nhan"): return foreign.certificate.id!.uuidString
            case ("id", "hoi-dong"): return foreign.council.id!.uuidString
            case ("id", "tieu-chi"): return foreign.criteriaDraft.id!.uuidString
            case ("id", "thong-bao"): return foreign.notification.id!.uuidString
            case ("id", "chu-the"): return foreign.producer.id!.uuidString
            case ("id", "san-pham"): return foreign.product.id!.uuidString
            case ("id", "dot-dang-ky"): return foreign.registrationRound.id!.uuidString
            case ("id", "cong-van"): return foreign.letter.id!.uuidString
            case ("id", "lich-lam-viec"): return foreign.calendarAdjustment.id!.uuidString
            case ("id", "quyet-dinh"): return foreign.decision.id!.uuidString
            case ("id", "theo-doi-chung-nhan"): return foreign.recognition.id!.uuidString
            case ("id", "nhat-ky-thu"): return foreign.mailMessage.id!.uuidString
            case ("id", "thu-hoi"): return foreign.revocation.id!.uuidString
            case ("id", "kiem-tra"): return foreign.inspection.id!.uuidString
            case ("file", "kiem-tra"): return foreign.inspectionPhoto.fileID.uuidString
            case ("id", "ke-hoach-kiem-tra"): return foreign.inspectionPlan.id!.uuidString
            case ("id", "phan-anh"): return foreign.complaint.id!.uuidString
            case ("step", _): return CertificateReminder.windowOpens.rawValue
            case ("assignment", _): return foreign.assignment.id!.uuidString
            case ("number", _): return foreign.certificate.number
            case ("code", "tinh"): return ForeignUnitRecords.province
            case ("code", "ho-so"): return "1"
            case ("code", _): return ForeignUnitRecords.commune
            case ("document", _): return foreign.document.id!.uuidString
            case ("criterion", _): return "1.1"
            case ("evidence", _): return foreign.document.id!.uuidString
            case ("productSet", _), ("target", _):
                return foreign.product.productSetCode.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
            case ("meeting", _): return foreign.meeting.id!.uuidString
            case ("dossier", _): return foreign.decided.id!.uuidString
            case ("photo", _): return foreign.photo.id!.uuidString
            case ("test", _): return foreign.test.id!.uuidString
            default:
                Issue.record("No foreign record for parameter :\(name) of \(pattern): add it to MatrixRoute.concretePath")
                throw Abort(.internalServerError)
            }
        }
        return "/" + segments.joined(separator: "/") + query(foreign)
    }

    /// The query a page needs to name its record (the dossiers picked for a letter, the product of a
    /// new dossier, the certificate's check code).
    func query(_ foreign: ForeignUnitRecords) -> String {
        switch pattern {
        case "GET /ho-so/moi": "?san-pham=\(foreign.product.id!.uuidString)"
        case "GET /cong-van/moi": "?ho-so[]=\(DossierPick(foreign.submitted).value)"
        case "GET /xac-minh/:number": "?ma=\(foreign.certificate.verifyCode)"
        default: ""
        }
    }

    /// A minimal form: empty, or, where a form names its record in the body or carries the version
    /// it was loaded at, that much of it about the foreign record, so that the answer is the
    /// permission's and not the form's checks. Signing in uses a name of its own per reader, so that
    /// the failed attempts do not add up to a lock on one name.
    func minimalBody(_ foreign: ForeignUnitRecords, reader: String) -> [(String, String)] {
        let today = CalendarDay.inVietnam(Date())
        switch pattern {
        case "POST /dang-nhap": return [("username", "khong-co-\(reader)")]
        case "POST /ho-so/moi":
            return [("product", foreign.product.id!.uuidString), ("round", foreign.registrationRound.id!.uuidString), ("kind", DossierKind.new.rawValue)]
        case "POST /ho-so/tiep-nhan":
            return [("ho-so[]", DossierPick(foreign.forwarded).value), ("evaluationRound", foreign.evaluationRound.id!.uuidString)]
        case "POST /cong-van/moi":
            return [("ho-so[]", DossierPick(foreign.submitted).value), ("number", "1/UBND"), ("signedOn", today.iso), ("signer", "Người ký")]
        case "POST /ho-so/:id/tra-lai": return [("version", "\(foreign.submitted.version)"), ("ly-do-1", "Thiếu chữ ký")]
        case "POST /ho-so/:id/danh-gia-xa": return CommuneStageTests().allMet(version: "\(foreign.submitted.version)").map { ($0.key, $0.value) }
        case "POST /ho-so/:id/mau-san-pham": return [("receivedOn", today.iso)]
        case "POST /ho-so/:id/loai": return [("version", "\(foreign.forwarded.version)"), ("rule", "0"), ("finding", "Giả mạo hồ sơ")]
        case "POST /ho-so/:id/tra-xa": return [("version", "\(foreign.forwarded.version)"), ("ly-do", "Thiếu hồ sơ")]
        case "POST /ho-so/:id/tu-danh-gia": return [("version", "\(foreign.draft.version)")]
        case "POST /dot-dang-ky/:id/gia-han":
            return [("producer", foreign.producer.id!.uuidString), ("day", today.adding(days: 20).iso), ("reason", "Gia hạn")]
        case "POST /hoi-dong/:id/thanh-vien": return [("username", "hn.tinh"), ("agency", "Sở"), ("position", CouncilPosition.member.rawValue)]
        case "POST /phien-hop/:meeting/kiem-nghiem":
            return [("dossier", foreign.decided.id!.uuidString), ("requested", "Chỉ tiêu"), ("laboratory", "Phòng thử nghiệm")]
        default: return []
        }
    }
}

extension ForeignUnitRecords {
    /// Which of the foreign dossiers a dossier route is asked about: the one in the state the route
    /// is for (the producer's steps on the draft, the commune's on the submitted one, the province's
    /// return on the forwarded one, the commune's report and the result letter on the decided one).
    func dossier(for pattern: String) -> DossierRecord {
        if pattern.hasSuffix("/tu-danh-gia") || pattern.hasSuffix("/nop") || pattern.contains("/tai-lieu/") { return draft }
        if pattern.hasSuffix("/tra-xa") { return forwarded }
        if pattern.hasSuffix("/thu-ket-qua") || pattern.hasSuffix("/bao-cao-xa") || pattern.hasSuffix("/mau-03") { return decided }
        if pattern.hasSuffix("/loai") { return forwarded }
        return submitted
    }
}

/// What came back, as one token of the table: the status code, or "L" for a redirect to the login page.
struct MatrixAnswer {
    let token: String
    let reason: String

    init(_ response: TestingHTTPResponse) {
        if response.status == .seeOther, response.location?.hasPrefix(SiteURL.login.path + "?") == true
            || response.location == SiteURL.login.path {
            token = "L"
        } else {
            token = String(response.status.code)
        }
        let body = response.body.string
        reason = response.status.code >= 400 && body.count < 20_000
            ? (body.range(of: #"id="error-message">[^<]*"#, options: .regularExpression).map { String(body[$0].dropFirst(18)) } ?? "")
            : (response.location.map { "→ \($0)" } ?? "")
    }
}

/// The foreign unit's records as JSON, table by table, to compare before and after the forms.
enum ForeignSnapshot {
    static func take(_ app: Application, _ foreign: ForeignUnitRecords) async throws -> [String: [String]] {
        let db = app.db
        let dossierIDs = [foreign.draft.id!, foreign.submitted.id!, foreign.forwarded.id!, foreign.decided.id!]
        let hanoi = try await RoleAssignment.query(on: db).filter(\.$provinceCode == ForeignUnitRecords.province).all(\.$account.$id)
        return [
            "producers": try json(try await ProducerRecord.query(on: db).filter(\.$provinceCode == ForeignUnitRecords.province).all()),
            "products": try json(try await ProductRecord.query(on: db).filter(\.$provinceCode == ForeignUnitRecords.province).all()),
            "product_photos": try json(try await ProductPhoto.query(on: db).filter(\.$product.$id == foreign.product.id!).all()),
            "registration_rounds": try json(try await RegistrationRoundRecord.query(on: db).filter(\.$id == foreign.registrationRound.id!).all()),
            "dossiers": try json(try await DossierRecord.query(on: db).filter(\.$provinceCode == ForeignUnitRecords.province).all()),
            "dossier_documents": try json(try await DossierDocumentRecord.query(on: db).filter(\.$dossier.$id ~~ dossierIDs).all()),
            "forwarding_letters": try json(try await ForwardingLetterRecord.query(on: db).filter(\.$provinceCode == ForeignUnitRecords.province).all()),
            "evaluation_rounds": try json(try await EvaluationRoundRecord.query(on: db).filter(\.$provinceCode == ForeignUnitRecords.province).all()),
            "councils": try json(try await CouncilRecord.query(on: db).filter(\.$provinceCode == ForeignUnitRecords.province).all()),
            "council_members": try json(try await CouncilMemberRecord.query(on: db).filter(\.$council.$id == foreign.council.id!).all()),
            "meetings": try json(try await MeetingRecord.query(on: db).filter(\.$council.$id == foreign.council.id!).all()),
            "meeting_items": try json(try await MeetingItemRecord.query(on: db).filter(\.$meeting.$id == foreign.meeting.id!).all()),
            "member_scores": try json(try await MemberScoreRecord.query(on: db).filter(\.$meeting.$id == foreign.meeting.id!).all()),
            "supplementary_tests": try json(try await SupplementaryTestRecord.query(on: db).filter(\.$meeting.$id == foreign.meeting.id!).all()),
            "decisions": try json(try await DecisionRecord.query(on: db).filter(\.$meeting.$id == foreign.meeting.id!).all()),
            "certificates": try json(try await CertificateRecord.query(on: db).filter(\.$dossier.$id ~~ dossierIDs).all()),
            "accounts": try json(try await UserAccount.query(on: db).filter(\.$id ~~ hanoi).all()),
            "role_assignments": try json(try await RoleAssignment.query(on: db).filter(\.$account.$id ~~ hanoi).all()),
            "notifications": try json(try await NotificationRecord.query(on: db).filter(\.$account.$id ~~ hanoi).all()),
            "calendar_adjustments": try json(try await CalendarAdjustmentRecord.query(on: db).all()),
            "criteria_sets": try json(try await CriteriaSetRecord.query(on: db).filter(\.$id == foreign.criteriaDraft.id!).all()),
        ]
    }

    /// Each row as sorted-key JSON, in a stable order.
    private static func json<M: Model>(_ rows: [M]) throws -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .secondsSince1970
        return try rows.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.sorted()
    }
}
