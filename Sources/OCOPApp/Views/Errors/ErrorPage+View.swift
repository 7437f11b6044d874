import Plot
import Vapor

/// Trang lỗi: 403, 404 and 500 in Vietnamese. A 500 never shows internal details.
enum ErrorPageView {
    static func title(for status: HTTPStatus) -> String {
        switch status.code {
        case 401: "Cần đăng nhập"
        case 403: "Không có quyền truy cập"
        case 404: "Không tìm thấy trang"
        case 400, 422: "Yêu cầu không hợp lệ"
        case 413: "Tệp quá lớn"
        case 429: "Quá nhiều yêu cầu"
        case 500...: "Hệ thống gặp sự cố"
        default: "Không thể xử lý yêu cầu"
        }
    }

    static func defaultMessage(for status: HTTPStatus) -> String {
        switch status.code {
        case 403: "Bạn không có quyền xem hoặc thay đổi nội dung này."
        case 404: "Trang bạn tìm không tồn tại hoặc đã được chuyển đi."
        case 413: "Tệp vượt quá dung lượng cho phép. Hãy nén hoặc chia nhỏ tệp rồi tải lên lại."
        case 500...: "Đã xảy ra lỗi ngoài ý muốn. Lỗi đã được ghi lại; vui lòng thử lại sau ít phút."
        default: "Yêu cầu không thể thực hiện."
        }
    }

    static func render(_ context: PageContext, status: HTTPStatus, message: String) -> HTML {
        Layout.page(context) {
            Paragraph(message).class("error-message").id("error-message")
            Paragraph("Mã lỗi: \(status.code)").class("muted")
            Paragraph {
                Link("Về trang chủ", url: SiteURL.home.path)
                Text(" · ")
                Link("Về bảng điều khiển", url: SiteURL.dashboard.path)
            }
        }
    }
}
