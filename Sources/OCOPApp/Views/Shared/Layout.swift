import Plot
import OCOPCore

/// Khung trang: the one layout of every page: skip link, header with the role's menu, main
/// content with the page heading, footer. Assets are local (government networks may be offline).
enum Layout {
    static func page(_ context: PageContext, @ComponentBuilder content: () -> Component) -> HTML {
        let body = content()
        return HTML(
            .lang(.vietnamese),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(context.title) · OCOP"),
                .link(.rel(.stylesheet), .href("/static/app.css")),
                .link(.rel(.icon), .href("/static/favicon.svg"), .type("image/svg+xml")),
                .script(.src("/static/app.js"), .defer())
            ),
            .body(.component(Div {
                Link("Bỏ qua, đến nội dung chính", url: "#noi-dung").class("skip-link")
                header(context)
                Tag("main", [("id", "noi-dung"), ("tabindex", "-1")]) {
                    if let flash = context.flash {
                        Paragraph(flash).class("flash").attribute(named: "role", value: "status")
                    }
                    H1(context.title)
                    body
                }
                Footer {
                    Paragraph("Hệ thống quản lý Chương trình Mỗi xã một sản phẩm (OCOP). Đơn vị hành chính theo sắp xếp từ 01/07/2025.")
                }
            }.class("shell")))
        )
    }

    private static func header(_ context: PageContext) -> Component {
        Header {
            Link(url: context.user == nil ? SiteURL.home.path : SiteURL.dashboard.path) {
                Span("OCOP").class("brand-mark")
                Span("Mỗi xã một sản phẩm").class("brand-name")
            }.class("brand")
            // On a phone the menu and the account box fold behind this button (app.js opens them);
            // without JavaScript the button stays hidden and the menu shows, as on a desktop.
            Button {
                Text("Danh mục")
                if let user = context.user, user.unreadNotifications > 0 {
                    Span(String(user.unreadNotifications)).class("badge")
                        .attribute(named: "aria-label", value: "\(user.unreadNotifications) thông báo chưa đọc")
                }
            }
            .attribute(named: "type", value: "button").class("menu-toggle").id("menu-toggle")
            .attribute(named: "aria-controls", value: "main-menu").attribute(named: "aria-expanded", value: "false")
            Div {
                Navigation {
                    List(RoleMenu.items(for: context.user)) { item in
                        Link(item.label, url: item.url.path)
                            .attribute(named: "aria-current", value: item.url.path == context.path ? "page" : nil)
                    }
                }.attribute(named: "aria-label", value: "Điều hướng chính")
                if let user = context.user {
                    Div {
                        Link(url: SiteURL.notifications.path) {
                            Text("Thông báo")
                            if user.unreadNotifications > 0 {
                                Span(String(user.unreadNotifications)).class("badge")
                                    .attribute(named: "aria-label", value: "\(user.unreadNotifications) chưa đọc")
                            }
                        }.class("inbox-link").id("inbox-link")
                        Span(user.fullName).class("user-name")
                        if let grant = user.primaryGrant { Span(grant.role.title).class("user-role") }
                        Form(url: SiteURL.logout.path, method: .post) {
                            CSRFField(token: context.csrfToken)
                            Button { Text("Đăng xuất") }.attribute(named: "type", value: "submit")
                        }.class("logout")
                    }.class("user-box")
                }
            }.class("header-menu").id("main-menu")
        }.class("site-header")
    }
}
