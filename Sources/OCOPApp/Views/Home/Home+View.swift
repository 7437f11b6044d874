import Plot
import OCOPCore

enum HomeView {
    static func render(_ context: PageContext, _ model: HomeModel) -> HTML {
        Layout.page(context) {
            Paragraph("Chương trình Mỗi xã một sản phẩm (OCOP) giúp các chủ thể ở nông thôn phát triển sản phẩm đặc trưng của địa phương. Sản phẩm được hội đồng đánh giá, phân hạng từ 1 đến 5 sao; sản phẩm đạt 3 sao trở lên được cấp giấy chứng nhận có hiệu lực 36 tháng.").class("lead")
            Paragraph("Hệ thống này thay cho hồ sơ giấy và bảng tính: chủ thể đăng ký sản phẩm và nộp hồ sơ với xã; xã kiểm tra, đánh giá và chuyển lên tỉnh; hội đồng chấm điểm; tỉnh ra quyết định, cấp giấy chứng nhận và theo dõi sau chứng nhận.")
            Tag("ul", [("class", "stats"), ("aria-label", "Phạm vi")]) {
                ListItem { Span(VietnameseFormat.integer(model.provinces)).class("stat-value"); Span("tỉnh, thành phố").class("stat-label") }.class("stat")
                ListItem { Span(VietnameseFormat.integer(model.communes)).class("stat-value"); Span("xã, phường, đặc khu").class("stat-label") }.class("stat")
            }
            H2("Tìm sản phẩm OCOP")
            Form(url: SiteURL.publicResults.path, method: .get) {
                Div {
                    FormField(label: "Tên sản phẩm (gõ có dấu hoặc không dấu)", name: "q", type: .search)
                    Button { Text("Tìm sản phẩm") }.attribute(named: "type", value: "submit")
                }.class("search-row")
            }.attribute(named: "role", value: "search").attribute(named: "aria-label", value: "Tìm sản phẩm OCOP").id("product-search")
            H2("Tra cứu giấy chứng nhận")
            CertificateLookupForm()
            Paragraph {
                if context.user == nil {
                    Link("Đăng nhập", url: SiteURL.login.path).class("button primary")
                } else {
                    Link("Vào bảng điều khiển", url: SiteURL.dashboard.path).class("button primary")
                }
                Text(" ")
                Link("Tra cứu đơn vị hành chính", url: SiteURL.units.path).class("button")
            }
        }
    }
}
