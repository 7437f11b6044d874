/// Trang chủ công khai: what the system is, with live reference counts.
struct HomeModel {
    let provinces: Int
    let communes: Int
}
