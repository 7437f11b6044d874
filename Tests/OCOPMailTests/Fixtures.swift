@testable import OCOPMail

/// Vietnamese texts shared by the tests.
enum Fixture {
    static let subject = "Nhắc hạn nộp hồ sơ đánh giá lại sản phẩm OCOP — Chè Shan tuyết"

    /// Includes a line starting with ".", a line that is only ".", and a line
    /// far longer than SMTP's 998-character limit.
    static let body = """
    Kính gửi Hợp tác xã Chè Shan tuyết Suối Giàng,

    Hồ sơ đánh giá lại sản phẩm OCOP 4 sao "Chè Shan tuyết cổ thụ" cần nộp trước ngày 30/06/2025.
    .Dòng này bắt đầu bằng dấu chấm (kiểm tra dot-stuffing).
    .
    ..Hai dấu chấm ở đầu dòng.
    \(String(repeating: "Đây là một dòng rất dài để kiểm tra việc ngắt dòng base64 của nội dung thư tiếng Việt có dấu. ", count: 15))
    Trân trọng,
    Văn phòng Điều phối Chương trình OCOP tỉnh Yên Bái
    """

    static func address(_ address: String, _ name: String? = nil) -> MailAddress {
        // Force-try is fine here: these literals are known to be valid.
        try! MailAddress(address, name: name)
    }

    static let sender = address("ocop-noreply@ocop.example.vn", "Văn phòng Điều phối OCOP")
    static let recipient = address("htx.shantuyet@example.vn", "Hợp tác xã Chè Shan tuyết Suối Giàng")
    static let secondRecipient = address("phong.nn@example.vn")
}
