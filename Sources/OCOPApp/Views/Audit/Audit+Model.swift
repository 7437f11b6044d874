/// Nhật ký thao tác: the filters as typed and one page of entries within the viewer's scope.
struct AuditModel {
    var record: String
    var actor: String
    var rows: [AuditRow]
    var page: Int
    var pageCount: Int
    var total: Int
}
