import Fluent
import FluentSQL
import Foundation
import OCOPCore

/// Đề xuất sản phẩm cần kiểm tra (issue 13): the certificates an inspection plan should look at
/// first, from the officer's own units — those with a complaint not yet dealt with, those never
/// inspected, those whose re-evaluation is near (the holder will soon claim the criteria again),
/// and, for the national level, the 5★ ones (Điều 9.4.b). Each list is valid certificates only (latest of their product, not revoked, not expired).
enum InspectionProposals {
    enum Reason: String, CaseIterable, Sendable {
        case complaint = "phan-anh"
        case neverInspected = "chua-kiem-tra"
        case reEvaluationNear = "sap-danh-gia-lai"
        case fiveStar = "nam-sao"

        var title: String {
            switch self {
            case .complaint: "Có phản ánh chưa xử lý xong"
            case .neverInspected: "Chưa từng được kiểm tra"
            case .reEvaluationNear: "Sắp đến hoặc đang trong thời hạn đánh giá lại"
            case .fiveStar: "Sản phẩm 5 sao (Bộ Nông nghiệp và Môi trường kiểm tra, giám sát)"
            }
        }
    }

    /// How many certificates each list shows.
    static let limit = 30

    /// No inspection of this certificate yet.
    static let neverInspected = DatabaseQuery.Filter.sql(unsafeRaw:
        "NOT EXISTS (SELECT 1 FROM inspections done WHERE done.recognition_id = product_recognitions.id)")

    /// A complaint about this certificate is still open.
    static let complained = DatabaseQuery.Filter.sql(unsafeRaw:
        "EXISTS (SELECT 1 FROM complaints pending WHERE pending.recognition_id = product_recognitions.id AND pending.closed_at IS NULL)")

    /// The lists for `scope` on `today`, the national one only for national officers.
    static func lists(scope: ReadScope, national: Bool, today: CalendarDay, on db: Database) async throws -> [(Reason, [RecognitionRecord])] {
        var lists: [(Reason, [RecognitionRecord])] = []
        for reason in Reason.allCases where reason != .fiveStar || national {
            let query = valid(scope: scope, today: today, on: db)
            switch reason {
            case .complaint:
                query.filter(complained).sort(\.$expiryDate)
            case .neverInspected:
                query.filter(neverInspected).sort(\.$expiryDate)
            case .reEvaluationNear:
                let opensSoon = CertificateFollowUpList.opensSoon.expiryDays(on: today), open = CertificateFollowUpList.windowOpen.expiryDays(on: today)
                query.filter(\.$expiryDate >= open.first.iso).filter(\.$expiryDate <= opensSoon.last.iso).sort(\.$expiryDate)
            case .fiveStar:
                query.filter(\.$star == Star.five.rawValue).sort(\.$expiryDate)
            }
            lists.append((reason, try await query.sort(\.$id).limit(limit).with(\.$product) { $0.with(\.$producer) }.all()))
        }
        return lists
    }

    /// Valid certificates of the scope: the latest of their product, not revoked, not expired.
    private static func valid(scope: ReadScope, today: CalendarDay, on db: Database) -> QueryBuilder<RecognitionRecord> {
        let query = RecognitionRecord.query(on: db).join(ProductRecord.self, on: \RecognitionRecord.$product.$id == \ProductRecord.$id)
            .filter(CertificateFollowUp.latestOfProduct).filter(\.$revocationID == nil).filter(\.$expiryDate > today.iso)
        return ScopedList.narrow(query, to: scope, placedBy: ProductRecord.self)
    }
}
