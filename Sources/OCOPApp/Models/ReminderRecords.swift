import Fluent
import Foundation
import OCOPCore

/// One reminder of one certificate (a recognition) at one step (`CertificateReminder`): recorded in
/// the transaction that writes its notices and its mail, unique per recognition and step, so it is
/// sent once whatever restarts or instances there are (M031).
final class CertificateReminderRecord: Model, @unchecked Sendable {
    static let schema = "certificate_reminders"

    @ID(key: .id) var id: UUID?
    @Parent(key: "recognition_id") var recognition: RecognitionRecord
    /// `CertificateReminder` raw value.
    @Field(key: "step") var step: String
    /// The step's day for this certificate (ISO).
    @Field(key: "due_on") var dueOn: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var reminder: CertificateReminder? { CertificateReminder(rawValue: step) }
}

/// Where a message of the mail log stands.
enum MailStatus: String, Codable, CaseIterable, Sendable {
    /// Waiting to be sent (first try or a retry at `next_attempt_at`).
    case pending
    /// Handed to the SMTP server right now.
    case sending
    /// Accepted by the SMTP server.
    case sent
    /// Refused for good (a permanent reply, or every retry spent).
    case failed
    /// No SMTP server is configured: kept, and sent once one is.
    case notConfigured
    /// The recipient has no e-mail address: a printed letter is needed.
    case noAddress
    /// The server stopped while the message was being handed over: it may have left; not sent again
    /// by itself, so that nobody gets it twice. An administrator checks and sends it again.
    case uncertain

    var title: String {
        switch self {
        case .pending: "Đang chờ gửi"
        case .sending: "Đang gửi"
        case .sent: "Đã gửi"
        case .failed: "Gửi không được"
        case .notConfigured: "Chưa gửi: chưa cấu hình máy chủ thư"
        case .noAddress: "Không có địa chỉ thư: cần gửi thư giấy"
        case .uncertain: "Không rõ đã gửi (máy chủ dừng giữa chừng)"
        }
    }
}

/// Nhật ký thư: one e-mail to one recipient, with its delivery. Kept after it is sent.
final class MailMessageRecord: Model, @unchecked Sendable {
    static let schema = "mail_messages"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "reminder_id") var reminderID: UUID?
    @OptionalField(key: "account_id") var accountID: UUID?
    @Field(key: "recipient_name") var recipientName: String
    @OptionalField(key: "to_address") var toAddress: String?
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "status") var status: MailStatus
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "last_error") var lastError: String?
    /// Seconds since 1970: the same number on both engines, compared as a number.
    @OptionalField(key: "next_attempt_at") var nextAttemptAt: Double?
    @OptionalField(key: "province_code") var provinceCode: String?
    @OptionalField(key: "commune_code") var communeCode: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}
}

/// Lượt chạy việc định kỳ: the lease a running instance holds on a job, so that with several
/// instances only one runs it, and the day it last completed, so the daily run happens once a day.
final class JobLeaseRecord: Model, @unchecked Sendable {
    static let schema = "job_leases"

    @ID(custom: "name", generatedBy: .user) var id: String?
    @OptionalField(key: "holder") var holder: String?
    /// Seconds since 1970.
    @OptionalField(key: "expires_at") var expiresAt: Double?
    @OptionalField(key: "last_run_day") var lastRunDay: String?

    init() {}

    init(name: String) { self.id = name }
}

/// Mẫu thư nhắc: the administrator's wording of one step's reminder, replacing the default.
final class MessageTemplateRecord: Model, @unchecked Sendable {
    static let schema = "message_templates"

    @ID(custom: "step", generatedBy: .user) var id: String?
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @OptionalField(key: "updated_by") var updatedBy: String?
    @OptionalField(key: "updated_at") var updatedAt: Date?

    init() {}
}
