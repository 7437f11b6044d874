/// Vòng đời bộ tiêu chí: dự thảo → đã kiểm tra → đã ban hành → hết hiệu lực.
///
/// Only a set without a single defect may be marked validated or published, because dossiers keep
/// the set they were scored with forever: a defect published is a defect in every certificate.
/// A validated set may go back to draft for corrections; a published set can only be retired
/// (a correction is a new version).
public enum CriteriaSetLifecycle {
    public static func allowedTargets(from status: CriteriaSetStatus) -> [CriteriaSetStatus] {
        switch status {
        case .draft: [.validated]
        case .validated: [.draft, .published]
        case .published: [.retired]
        case .retired: []
        }
    }

    /// The set with its new status, or the reason the change is refused.
    public static func transition(_ set: CriteriaSet, to target: CriteriaSetStatus) throws(CriteriaSetTransitionError) -> CriteriaSet {
        guard allowedTargets(from: set.status).contains(target) else {
            throw .illegal(from: set.status, to: target)
        }
        if target == .validated || target == .published {
            let report = CriteriaSetValidator.validate(set)
            guard report.isValid else { throw .defective(target: target, defects: report.defects) }
        }
        var changed = set
        changed.status = target
        return changed
    }
}

extension CriteriaSet {
    /// Changes the status in place, or throws and leaves the set untouched.
    public mutating func transition(to target: CriteriaSetStatus) throws(CriteriaSetTransitionError) {
        self = try CriteriaSetLifecycle.transition(self, to: target)
    }
}

/// Lỗi chuyển trạng thái: why a status change was refused.
public enum CriteriaSetTransitionError: Error, Sendable, Equatable, CustomStringConvertible {
    case illegal(from: CriteriaSetStatus, to: CriteriaSetStatus)
    case defective(target: CriteriaSetStatus, defects: [Defect])

    /// Vietnamese, for the person who clicked.
    public var message: String {
        switch self {
        case let .illegal(from, to):
            return "Không thể chuyển bộ tiêu chí từ trạng thái «\(from.vietnamese)» sang «\(to.vietnamese)»"
        case let .defective(target, defects):
            return "Không thể chuyển sang «\(target.vietnamese)»: bộ tiêu chí còn \(defects.count) lỗi, ví dụ: \(defects[0])"
        }
    }

    public var description: String { message }
}
