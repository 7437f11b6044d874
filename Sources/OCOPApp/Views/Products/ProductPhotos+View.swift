import Plot

/// Ảnh sản phẩm on the product page: the photos, and for those who may edit, the upload form
/// (JPEG or PNG, checked by content on the server) and a way to take a photo down.
struct ProductPhotosSection: Component {
    let model: ProductDetailModel
    let csrfToken: String

    var body: Component {
        Div {
            H2("Ảnh sản phẩm")
            if model.photos.isEmpty {
                Paragraph("Chưa có ảnh.").class("muted")
            } else {
                Tag("ul", [("class", "photos"), ("id", "product-photos")]) {
                    for photo in model.photos {
                        ListItem {
                            Tag("img", [("src", SiteURL.productPhoto(product: model.id, photo: photo.id).path),
                                        ("alt", "Ảnh sản phẩm: \(photo.name)"), ("loading", "lazy")])
                            if model.mayEdit {
                                Form(url: SiteURL.removeProductPhoto(product: model.id, photo: photo.id).path, method: .post) {
                                    CSRFField(token: csrfToken)
                                    Button { Text("Gỡ ảnh") }.attribute(named: "type", value: "submit")
                                }.class("inline-form")
                            }
                        }
                    }
                }
            }
            if model.mayEdit {
                if let error = model.photoError {
                    Paragraph(error).class("error-summary").id("photo-error").attribute(named: "role", value: "alert")
                }
                Form(url: SiteURL.productPhotos(product: model.id).path, method: .post, contentType: .multipartData) {
                    CSRFField(token: csrfToken)
                    Div {
                        Tag("label", [("for", "f-photo")]) { Text("Thêm ảnh (JPEG hoặc PNG)") }
                        Tag("input", [("type", "file"), ("name", "photo"), ("id", "f-photo"), ("accept", "image/jpeg,image/png"), ("required", nil)])
                    }.class("field")
                    Button { Text("Tải ảnh lên") }.attribute(named: "type", value: "submit")
                    UploadProgress()
                }.id("photo-form").attribute(named: "data-upload", value: "true")
            }
        }
    }
}
