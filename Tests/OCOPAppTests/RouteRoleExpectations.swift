/// The answers `RouteRoleMatrixTests` expects: for each route of the app (method and path pattern),
/// what each reader gets when the route's parameters name a record of Hà Nội, a unit none of the
/// demo accounts works in. The table is kept by hand, on purpose: a new route fails the test until
/// someone writes down who may open it. (`ROUTE_MATRIX_PRINT=1 swift test --filter RouteRoleMatrixTests`
/// prints the answers observed, in this format, to help; check each one before copying it.)
///
/// Tokens: a status code ("200", "403", "404", "422" …), "303" for a redirect elsewhere than the
/// login page (POSTs are then checked not to have changed any foreign record), "L" for the redirect
/// of a visitor to the login page.
enum RouteRoleExpectations {
    static let visitor = "(khách)"
    /// The columns of the table, in order: a visitor with no session, then the demo accounts.
    static let readers = [visitor, "quantri", "trunguong", "haiphong", "vietkhe", "ankhanh", "hoidong", "thuky", "uyvien1", "uyvien2", "chuthe"]
    /// The roles whose policy reaches the whole country; their forms run last, after the check that
    /// no one else changed a foreign record.
    static let nationWide = ["quantri", "trunguong"]

    static func expected(_ pattern: String, _ reader: String) -> String {
        guard let row = table[pattern], let index = readers.firstIndex(of: reader) else { return "(no entry)" }
        let tokens = row.split(separator: " ")
        return index < tokens.count ? String(tokens[index]) : "(no entry)"
    }

    /// Cells whose answer is wrong today and is left to the files being changed elsewhere: the test
    /// reports each one (and still checks that the answer is the one written in the table).
    static let knownDefects: [String: String] = [:]

    // Reading the nation-wide columns: the administrator passes every check of `AccessPolicy`, so its
    // forms about Hà Nội's records get what the form's own checks say (a 303 where one changes a
    // record: locking the account, a document, removing the photo, a member, a test, the calendar);
    // the national officer reads everywhere but changes only national records (the criteria).
    // Every other reader is refused (403), or, for a record that is personal (a notification), 404.
    // Columns: vis = visitor (khách), qt = quantri, tw = trunguong, hp = haiphong, vk = vietkhe, ak = ankhanh,
    // hd = hoidong, tk = thuky, uv1/uv2 = uyvien1/2, ct = chuthe.
    //                                                      vis qt  tw  hp  vk  ak  hd  tk  uv1 uv2 ct
    static let table: [String: String] = [
        "GET /":                                           "200 200 200 200 200 200 200 200 200 200 200",
        "GET /healthz":                                    "200 200 200 200 200 200 200 200 200 200 200",
        "GET /dang-nhap":                                  "200 303 303 303 303 303 303 303 303 303 303",
        "POST /dang-nhap":                                 "401 401 401 401 401 401 401 401 401 401 401",
        "POST /dang-xuat":                                 "L   L   L   L   L   L   L   L   L   L   L",
        "GET /doi-mat-khau":                               "L   200 200 200 200 200 200 200 200 200 200",
        "POST /doi-mat-khau":                              "L   422 422 422 422 422 422 422 422 422 422",
        "GET /bang-dieu-khien":                            "L   200 200 200 200 200 200 200 200 200 200",
        "GET /don-vi":                                     "200 200 200 200 200 200 200 200 200 200 200",
        "GET /don-vi/:code":                               "200 200 200 200 200 200 200 200 200 200 200",
        "GET /don-vi/xa-phuong":                           "200 200 200 200 200 200 200 200 200 200 200",
        "GET /xa/:code":                                   "L   200 200 403 403 403 403 403 403 403 403",
        "GET /tinh/:code":                                 "L   200 200 403 403 403 403 403 403 403 403",
        "GET /tai-khoan":                                  "L   200 403 200 403 403 403 403 403 403 403",
        "GET /tai-khoan/moi":                              "L   200 403 200 403 403 403 403 403 403 403",
        "POST /tai-khoan/moi":                             "L   422 403 422 403 403 403 403 403 403 403",
        "GET /tai-khoan/:id":                              "L   200 403 403 403 403 403 403 403 403 403",
        "POST /tai-khoan/:id/khoa":                        "L   303 403 403 403 403 403 403 403 403 403",
        "POST /tai-khoan/:id/mo-khoa":                     "L   303 403 403 403 403 403 403 403 403 403",
        "POST /tai-khoan/:id/dat-lai-mat-khau":            "L   422 403 403 403 403 403 403 403 403 403",
        "POST /tai-khoan/:id/cap-vai-tro":                 "L   422 403 403 403 403 403 403 403 403 403",
        "POST /tai-khoan/:id/thu-hoi/:assignment":         "L   422 403 403 403 403 403 403 403 403 403",
        "GET /nhat-ky":                                    "L   200 200 200 200 200 403 403 403 403 403",
        "GET /dot-dang-ky":                                "L   200 200 200 200 200 200 200 200 200 200",
        "GET /dot-dang-ky/moi":                            "L   200 403 200 200 200 403 403 403 403 403",
        "POST /dot-dang-ky/moi":                           "L   422 403 422 422 422 403 403 403 403 403",
        "GET /dot-dang-ky/:id":                            "L   200 200 403 403 403 403 403 403 403 403",
        "POST /dot-dang-ky/:id/gia-han":                   "L   303 403 403 403 403 403 403 403 403 403",
        "POST /san-pham/:id/anh":                          "L   422 403 403 403 403 403 403 403 403 403",
        "GET /san-pham/:id/anh/:photo":                    "L   200 200 403 403 403 403 403 403 403 403",
        "POST /san-pham/:id/anh/:photo/xoa":               "L   303 403 403 403 403 403 403 403 403 403",
        "GET /tieu-chi":                                   "200 200 200 200 200 200 200 200 200 200 200",
        "GET /tieu-chi/:id":                               "200 200 200 200 200 200 200 200 200 200 200",
        "GET /tieu-chi/:id/json":                          "200 200 200 200 200 200 200 200 200 200 200",
        "GET /tieu-chi/:id/xlsx":                          "200 200 200 200 200 200 200 200 200 200 200",
        "GET /tieu-chi/:id/phieu/:productSet":             "200 200 200 200 200 200 200 200 200 200 200",
        "GET /tieu-chi/:id/thu/:productSet":               "200 200 200 200 200 200 200 200 200 200 200",
        "GET /tieu-chi/nhap":                              "L   200 200 200 403 403 403 403 403 403 403",
        "POST /tieu-chi/nhap":                             "L   422 422 422 403 403 403 403 403 403 403",
        "POST /tieu-chi/:id/sao-chep":                     "L   303 303 303 403 403 403 403 403 403 403",
        "POST /tieu-chi/:id/ban-hanh":                     "L   422 422 403 403 403 403 403 403 403 403",
        "POST /tieu-chi/:id/ngung":                        "L   422 422 403 403 403 403 403 403 403 403",
        "GET /tieu-chi/:id/sua":                           "L   303 303 403 403 403 403 403 403 403 403",
        "GET /tieu-chi/:id/sua/:target":                   "L   200 200 403 403 403 403 403 403 403 403",
        "POST /tieu-chi/:id/sua/:target":                  "L   400 400 403 403 403 403 403 403 403 403",
        "POST /tieu-chi/:id/sua/:target/kiem-tra":         "L   400 400 403 403 403 403 403 403 403 403",
        "GET /chu-the":                                    "L   200 200 200 200 200 403 403 403 403 200",
        "GET /chu-the/xuat.xlsx":                          "L   200 200 200 200 200 403 403 403 403 200",
        "GET /chu-the/xuat.csv":                           "L   200 200 200 200 200 403 403 403 403 200",
        "GET /chu-the/moi":                                "L   200 403 403 200 200 403 403 403 403 403",
        "POST /chu-the/moi":                               "L   422 403 403 422 422 403 403 403 403 403",
        "GET /chu-the/:id":                                "L   200 200 403 403 403 403 403 403 403 403",
        "GET /chu-the/:id/sua":                            "L   200 403 403 403 403 403 403 403 403 403",
        "POST /chu-the/:id/sua":                           "L   422 403 403 403 403 403 403 403 403 403",
        "POST /chu-the/:id/duyet":                         "L   409 403 403 403 403 403 403 403 403 403",
        "POST /chu-the/:id/tu-choi":                       "L   409 403 403 403 403 403 403 403 403 403",
        "POST /chu-the/:id/dat-lai-mat-khau":              "L   422 403 403 403 403 403 403 403 403 403",
        "GET /san-pham":                                   "L   200 200 200 200 200 403 403 403 403 200",
        "GET /san-pham/xuat.xlsx":                         "L   200 200 200 200 200 403 403 403 403 200",
        "GET /san-pham/xuat.csv":                          "L   200 200 200 200 200 403 403 403 403 200",
        "GET /theo-doi-chung-nhan":                        "L   200 200 200 200 200 403 403 403 403 200",
        "GET /theo-doi-chung-nhan/xuat.xlsx":              "L   200 200 200 200 200 403 403 403 403 200",
        "GET /theo-doi-chung-nhan/xuat.csv":               "L   200 200 200 200 200 403 403 403 403 200",
        "GET /theo-doi-chung-nhan/:id/thu-nhac":           "L   200 200 403 403 403 403 403 403 403 403",
        "GET /nhat-ky-thu":                                "L   200 200 200 200 200 403 403 403 403 403",
        "POST /nhat-ky-thu/:id/gui-lai":                   "L   303 403 403 403 403 403 403 403 403 403",
        "GET /mau-thu-nhac":                               "L   200 403 403 403 403 403 403 403 403 403",
        "GET /mau-thu-nhac/:step":                         "L   200 403 403 403 403 403 403 403 403 403",
        "POST /mau-thu-nhac/:step":                        "L   422 403 403 403 403 403 403 403 403 403",
        "POST /mau-thu-nhac/:step/mac-dinh":               "L   303 403 403 403 403 403 403 403 403 403",
        "GET /thu-hoi":                                    "L   200 200 200 200 200 403 403 403 403 200",
        "GET /thu-hoi/moi":                                "L   200 200 200 403 403 403 403 403 403 403",
        "POST /thu-hoi/moi":                               "L   422 422 422 403 403 403 403 403 403 403",
        "GET /thu-hoi/:id":                                "L   200 200 403 403 403 403 403 403 403 403",
        "GET /thu-hoi/:id/ket-luan":                       "L   200 200 403 403 403 403 403 403 403 403",
        "GET /kiem-tra":                                   "L   200 200 200 200 200 403 403 403 403 200",
        "GET /kiem-tra/moi":                               "L   200 200 200 403 403 403 403 403 403 403",
        "POST /kiem-tra/moi":                              "L   422 422 422 403 403 403 403 403 403 403",
        "GET /kiem-tra/:id":                               "L   200 200 403 403 403 403 403 403 403 403",
        "POST /kiem-tra/:id/ghi":                          "L   422 422 403 403 403 403 403 403 403 403",
        "GET /kiem-tra/:id/bien-ban":                      "L   200 200 403 403 403 403 403 403 403 403",
        "POST /kiem-tra/:id/tra-loi":                      "L   422 403 403 403 403 403 403 403 403 403",
        "POST /kiem-tra/:id/kiem-tra-lai":                 "L   303 422 403 403 403 403 403 403 403 403",
        "GET /kiem-tra/:id/tep/:file":                     "L   200 200 403 403 403 403 403 403 403 403",
        "GET /ke-hoach-kiem-tra/:id":                      "L   200 200 403 403 403 403 403 403 403 403",
        "GET /phan-anh":                                   "L   200 200 200 200 200 403 403 403 403 403",
        "GET /phan-anh/moi":                               "L   200 200 200 200 200 403 403 403 403 403",
        "POST /phan-anh/moi":                              "L   422 422 422 422 422 403 403 403 403 403",
        "GET /phan-anh/:id":                               "L   200 200 403 403 403 403 403 403 403 403",
        "POST /phan-anh/:id/dong":                         "L   422 422 403 403 403 403 403 403 403 403",
        "GET /chu-the/:id/san-pham/moi":                   "L   200 403 403 403 403 403 403 403 403 403",
        "POST /chu-the/:id/san-pham/moi":                  "L   422 403 403 403 403 403 403 403 403 403",
        "GET /san-pham/:id":                               "L   200 200 403 403 403 403 403 403 403 403",
        "GET /san-pham/:id/sua":                           "L   200 403 403 403 403 403 403 403 403 403",
        "POST /san-pham/:id/sua":                          "L   422 403 403 403 403 403 403 403 403 403",
        "GET /ho-so":                                      "L   200 200 200 200 200 200 200 200 200 200",
        // The exports list the reader's own scope (Hà Nội's dossiers only for the nation-wide roles).
        "GET /ho-so/xuat.xlsx":                            "L   200 200 200 200 200 200 200 200 200 200",
        "GET /ho-so/xuat.csv":                             "L   200 200 200 200 200 200 200 200 200 200",
        "GET /ho-so/moi":                                  "L   200 403 403 403 403 403 403 403 403 403",
        "POST /ho-so/moi":                                 "L   303 403 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id":                                  "L   200 200 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/tai-lieu/:code":                  "L   303 403 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/tep/:document":                    "L   200 200 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/tu-danh-gia":                      "L   200 200 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/tu-danh-gia":                     "L   422 403 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/nop":                             "L   422 403 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/cap-nhat":                        "L   303 403 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/so-sanh":                          "L   200 200 403 403 403 403 403 403 403 403",
        // The confirmation of a submission: only who may prepare the dossier (the national officer reads it, does not submit).
        "GET /ho-so/:id/nop":                              "L   200 403 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/xoa":                              "L   303 403 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/xoa":                             "L   303 403 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/zip":                              "L   200 200 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/tra-lai":                          "L   403 403 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/tra-lai":                         "L   422 422 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/danh-gia-xa":                      "L   403 403 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/danh-gia-xa":                     "L   422 422 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/bao-cao-xa":                       "L   200 200 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/mau-03":                           "L   200 200 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/mau-01":                           "L   200 200 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/mau-02":                           "L   200 200 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/bao-cao-tu-danh-gia":              "L   303 403 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/bao-cao-tu-danh-gia":             "L   422 403 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/minh-chung/:criterion":           "L   404 403 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/tep-minh-chung/:evidence":         "L   404 404 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/tep-minh-chung/:evidence/xoa":    "L   404 403 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/mau-san-pham":                     "L   200 403 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/mau-san-pham":                    "L   303 403 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/loai":                             "L   403 403 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/loai":                            "L   403 403 403 403 403 403 403 403 403 403",
        "GET /cong-van/moi":                               "L   303 303 303 303 303 303 303 303 303 303",
        "POST /cong-van/moi":                              "L   422 422 303 303 303 303 303 303 303 303",
        "GET /cong-van/:id":                               "L   200 200 403 403 403 403 403 403 403 403",
        "POST /ho-so/tiep-nhan":                           "L   422 422 422 422 422 422 422 422 422 422",
        "POST /ho-so/nhan-mau-san-pham":                   "L   422 422 422 422 422 422 422 422 422 422",
        "GET /ho-so/:id/tra-xa":                           "L   403 403 403 403 403 403 403 403 403 403",
        "POST /ho-so/:id/tra-xa":                          "L   422 422 403 403 403 403 403 403 403 403",
        "GET /dot-danh-gia":                               "L   200 200 200 200 200 403 403 403 403 403",
        "POST /dot-danh-gia":                              "L   403 422 422 403 403 403 403 403 403 403",
        "POST /dot-danh-gia/theo-quy-dinh":                "L   403 422 422 403 403 403 403 403 403 403",
        "GET /thong-bao":                                  "L   200 200 200 200 200 200 200 200 200 200",
        "POST /thong-bao/da-doc":                          "L   303 303 303 303 303 303 303 303 303 303",
        "POST /thong-bao/:id/da-doc":                      "L   404 404 404 404 404 404 404 404 404 404",
        "GET /hoi-dong":                                   "L   200 200 200 200 200 200 200 200 200 200",
        "POST /hoi-dong":                                  "L   403 422 422 403 403 403 403 403 403 403",
        "GET /hoi-dong/:id":                               "L   200 200 403 403 403 403 403 403 403 403",
        "POST /hoi-dong/:id/thanh-vien":                   "L   303 403 403 403 403 403 403 403 403 403",
        "POST /hoi-dong/:id/xung-dot":                     "L   422 403 403 403 403 403 403 403 403 403",
        "GET /hoi-dong/:id/phien-hop/moi":                 "L   200 403 403 403 403 403 403 403 403 403",
        "POST /hoi-dong/:id/phien-hop/moi":                "L   422 403 403 403 403 403 403 403 403 403",
        "GET /phien-hop/:meeting":                         "L   200 200 403 403 403 403 403 403 403 403",
        "POST /phien-hop/:meeting/gui-tai-lieu":           "L   303 403 403 403 403 403 403 403 403 403",
        "GET /phien-hop/:meeting/cham/:dossier":           "L   403 403 403 403 403 403 403 403 403 403",
        "POST /phien-hop/:meeting/cham/:dossier":          "L   403 403 403 403 403 403 403 403 403 403",
        "POST /phien-hop/:meeting/cham/:dossier/cham-lai": "L   403 403 403 403 403 403 403 403 403 403",
        "POST /phien-hop/:meeting/cham/:dossier/de-nghi-hop": "L   403 403 403 403 403 403 403 403 403 403",
        "GET /phien-hop/:meeting/bang-diem":               "L   200 403 403 403 403 403 403 403 403 403",
        "GET /phien-hop/:meeting/ket-qua":                 "L   200 403 403 403 403 403 403 403 403 403",
        "GET /phien-hop/:meeting/bien-ban":                "L   200 200 403 403 403 403 403 403 403 403",
        "POST /phien-hop/:meeting/quyet-dinh":             "L   422 403 403 403 403 403 403 403 403 403",
        "GET /quyet-dinh/:id":                             "L   200 200 403 403 403 403 403 403 403 403",
        "GET /xac-minh/:number":                           "200 200 200 200 200 200 200 200 200 200 200",
        "GET /xac-minh":                                   "200 200 200 200 200 200 200 200 200 200 200",
        "GET /dau-ocop/:number/huy-hieu.svg":              "200 200 200 200 200 200 200 200 200 200 200",
        "GET /giay-chung-nhan/:id":                        "L   200 200 403 403 403 403 403 403 403 403",
        "GET /ho-so/:id/thu-ket-qua":                      "L   200 200 403 403 403 403 403 403 403 403",
        "GET /san-pham-ocop":                              "200 200 200 200 200 200 200 200 200 200 200",
        "POST /phien-hop/:meeting/kiem-nghiem":            "L   422 403 403 403 403 403 403 403 403 403",
        "POST /kiem-nghiem/:test/ket-qua":                 "L   303 403 403 403 403 403 403 403 403 403",
        "GET /kiem-nghiem/:test/tep":                      "L   200 200 403 403 403 403 403 403 403 403",
        "GET /lich-lam-viec":                              "L   200 200 200 200 200 200 200 200 200 200",
        "POST /lich-lam-viec":                             "L   422 403 403 403 403 403 403 403 403 403",
        "POST /lich-lam-viec/:id/xoa":                     "L   303 403 403 403 403 403 403 403 403 403",
        "GET /dang-ky-chu-the":                            "200 200 200 200 200 200 200 200 200 200 200",
        "POST /dang-ky-chu-the":                           "422 422 422 422 422 422 422 422 422 422 422",
    ]

    /// The observed answers in the format of `table`, in route-table order.
    static func source(_ observed: [String: [String]], order: [String]) -> String {
        let width = (order.map(\.count).max() ?? 0) + 4
        return order.map { pattern in
            let key = "\"\(pattern)\":"
            return "        " + key.padding(toLength: width, withPad: " ", startingAt: 0)
                + "\"" + (observed[pattern] ?? []).map { $0.padding(toLength: 3, withPad: " ", startingAt: 0) }.joined(separator: " ")
                    .trimmingCharacters(in: .whitespaces) + "\","
        }.joined(separator: "\n")
    }
}
