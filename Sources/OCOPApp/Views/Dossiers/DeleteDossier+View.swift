import Plot

/// What deleting a draft loses, and the one button that deletes it.
struct DeleteDossierModel {
    let dossierID: String
    let product: String
    let kind: String
    let round: String
    let documentCount: Int
}

enum DeleteDossierView {
    static func render(_ context: PageContext, _ model: DeleteDossierModel) -> HTML {
        Layout.page(context) {
            Paragraph("Hồ sơ nháp «\(model.product)» (\(model.kind), \(model.round)) chưa nộp cho xã. Khi xóa:").class("lead").id("delete-summary")
            List {
                ListItem("Hồ sơ, \(model.documentCount) tài liệu đã tải lên và phiếu tự đánh giá của hồ sơ bị xóa; không khôi phục được.")
                ListItem("Sản phẩm vẫn còn; bạn lập được hồ sơ mới cho sản phẩm trong đợt đăng ký đang mở.")
                ListItem("Nhật ký hệ thống ghi lại việc xóa.")
            }.id("delete-consequences")
            Form(url: SiteURL.dossierAction(id: model.dossierID, action: "xoa").path, method: .post) {
                CSRFField(token: context.csrfToken)
                Button { Text("Xác nhận xóa hồ sơ nháp") }.attribute(named: "type", value: "submit").class("danger").id("confirm-delete")
                Text(" ")
                Link("Không xóa, quay lại hồ sơ", url: SiteURL.dossier(id: model.dossierID).path).class("button")
            }.id("confirm-delete-form")
        }
    }
}
