/// Tài liệu minh chứng of Mẫu số 02, Phần III (26/2026 Phụ lục III): the form's table of what each
/// kind of content must be proved with, in its order. The sheets themselves say nothing of evidence,
/// so a criterion is matched to the table's rows by the words of its name and section (folded, as
/// search is); a criterion no row names gets none, and the page says so rather than guess.
public enum SelfAssessmentEvidence {
    public struct Row: Sendable, Equatable, Hashable {
        /// "Giấy đăng ký kinh doanh": the table's "Nội dung".
        public let content: String
        /// The table's "Yêu cầu".
        public let requirement: String
        /// Folded words of a criterion's name or section that call for this row.
        let keywords: [String]
    }

    /// The table as the form prints it.
    public static let table: [Row] = [
        Row(content: "Giấy đăng ký kinh doanh",
            requirement: "Bản sao chứng minh hoạt động kinh doanh hợp pháp (đối với các đơn vị/cá nhân có đăng ký kinh doanh).",
            keywords: ["loai hinh to chuc"]),
        Row(content: "Giấy chứng nhận cơ sở đủ điều kiện sản xuất",
            requirement: "Bản sao (đối với sản phẩm cần phải có giấy chứng nhận theo quy định hiện hành).",
            keywords: ["du dieu kien", "nang luc san xuat"]),
        Row(content: "Nguồn gốc nguyên liệu, vùng nguyên liệu, liên kết chuỗi",
            requirement: "Bản sao tài liệu: Giấy xác nhận an toàn thực phẩm đối với vùng nguyên liệu, hợp đồng mua bán/hợp đồng nguyên tắc, thỏa thuận liên kết, thanh lý hợp đồng, hóa đơn chứng từ hợp lệ... chứng minh nguồn gốc nguyên liệu, liên kết chuỗi.",
            keywords: ["nguon goc san pham", "nguyen lieu", "lien ket"]),
        Row(content: "Bảo vệ môi trường, sử dụng công nghệ theo hướng bền vững",
            requirement: "Bản sao hồ sơ, thủ tục về môi trường theo quy định; hình ảnh minh chứng về thực hiện giải pháp bảo vệ môi trường; hình ảnh, mô tả công nghệ sử dụng theo hướng bền vững.",
            keywords: ["moi truong", "ben vung"]),
        Row(content: "Sử dụng lao động địa phương",
            requirement: "Danh sách lao động đóng bảo hiểm có xác nhận của chủ thể, bao gồm cả nơi thường trú.",
            keywords: ["lao dong"]),
        Row(content: "Tăng trưởng sản xuất kinh doanh",
            requirement: "Bản sao Tài liệu minh chứng kết quả phân loại hợp tác xã hoặc báo cáo tài chính 2 năm gần nhất; bản sao Báo cáo tài chính của chủ thể 2 năm gần nhất.",
            keywords: ["tang truong"]),
        Row(content: "Sở hữu trí tuệ",
            requirement: "Minh chứng thể hiện Đơn đăng ký nhãn hiệu đã được cơ quan có thẩm quyền chấp nhận hoặc công bố. Bản sao Giấy chứng nhận đăng ký nhãn hiệu; văn bằng ghi nhận quyền sử dụng chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận; Bằng sáng chế, Bằng độc quyền kiểu dáng công nghiệp,...",
            keywords: ["so huu tri tue", "nhan hieu"]),
        Row(content: "Phát triển thị trường, hoạt động quảng bá, xúc tiến thương mại",
            requirement: "Bản sao tài liệu: Hợp đồng, cam kết, ký gửi, đặt hàng, biên nhận, hóa đơn, chứng từ để minh chứng xác nhận về phân phối sản phẩm, xuất khẩu sản phẩm, hoạt động xúc tiến thương mại...",
            keywords: ["phan phoi", "thi truong", "xuat khau", "xuc tien"]),
        Row(content: "Quảng bá sản phẩm",
            requirement: "Tài liệu minh chứng về website, hoạt động quảng bá.",
            keywords: ["quang ba"]),
        Row(content: "Câu chuyện về sản phẩm",
            requirement: "Bản sao tờ rơi, hình ảnh, phim, ghi âm... minh chứng về câu chuyện của sản phẩm.",
            keywords: ["cau chuyen"]),
        Row(content: "Công bố chất lượng sản phẩm",
            requirement: "Bản sao tài liệu, chứng minh chất lượng sản phẩm được công bố.",
            keywords: ["cong bo"]),
        Row(content: "Phiếu kết quả kiểm nghiệm chỉ tiêu chất lượng, an toàn thực phẩm theo tiêu chuẩn công bố",
            requirement: "Bản sao tài liệu chứng minh đạt tiêu chuẩn chất lượng, an toàn thực phẩm.",
            keywords: ["kiem nghiem", "dinh duong", "an toan thuc pham"]),
        Row(content: "Mã số mã vạch, tem truy xuất nguồn gốc",
            requirement: "Bản sao tài liệu, chứng minh mã, tem, sở hữu thương hiệu...",
            keywords: ["ma vach", "ma so", "truy xuat"]),
        Row(content: "Hệ thống quản lý chất lượng tiên tiến, kiểm soát chất lượng",
            requirement: "Bản sao tài liệu: chứng nhận Hệ thống quản lý chất lượng tiên tiến, chứng minh hệ thống quản lý đạt tiêu chuẩn.",
            keywords: ["quan ly chat luong", "dam bao chat luong", "kiem soat chat luong"]),
        Row(content: "Giải thưởng của sản phẩm, bình chọn của các tổ chức uy tín trong nước và quốc tế...",
            requirement: "Bản sao tài liệu, minh chứng về các thành tích, giải thưởng, bình chọn...",
            keywords: ["giai thuong", "binh chon", "thi truong toan cau"]),
    ]

    /// The form's note for re-evaluation dossiers, printed under the table.
    public static let reEvaluationNote = "Đối với sản phẩm đăng ký đánh giá, phân hạng lại: cần rà soát, cập nhật những nội dung mới và đánh giá về những thay đổi, kết quả đạt được sau 3 năm được công nhận OCOP: về nguyên liệu, công nghệ sử dụng, bao bì, nhãn mác, công bố chất lượng, thị trường tiêu thụ, sản lượng, doanh thu; bổ sung các giấy tờ minh chứng pháp lý có thời hạn."

    /// The rows of the table a criterion calls for, from its own name first, then its section's
    /// title (a criterion "Tạp chất" under "Chỉ tiêu cảm quan" calls for none); in the table's order.
    public static func rows(criterion text: String, section: String) -> [Row] {
        let own = SearchFolding.fold(text)
        let matched = table.filter { row in row.keywords.contains { own.contains($0) } }
        if !matched.isEmpty { return matched }
        let heading = SearchFolding.fold(section)
        return table.filter { row in row.keywords.contains { heading.contains($0) } }
    }
}
