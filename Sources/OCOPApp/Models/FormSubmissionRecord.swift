import Fluent
import Foundation

/// Một lần gửi biểu mẫu: the key of one submission (its form token, its body and who sent it), and
/// where its answer sent the browser once it was handled. See `FormOnceMiddleware`.
final class FormSubmissionRecord: Model, @unchecked Sendable {
    static let schema = "form_submissions"

    @ID(custom: "key", generatedBy: .user) var id: String?
    /// The redirect of the finished submission; nil while it is being handled.
    @OptionalField(key: "location") var location: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(key: String, createdAt: Date) {
        self.id = key
        self.createdAt = createdAt
    }
}
