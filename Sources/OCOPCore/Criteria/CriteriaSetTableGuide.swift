extension CriteriaSetTables {
    /// «Hướng dẫn»: how to fill the other sheets, for the officer who opens the workbook without this
    /// application at hand. Never read back.
    static var guideRows: [[String]] {
        let set = setSheetName, classification = classificationSheetName, criteria = criteriaSheetName
        var rows: [[String]] = [["Trang", "Cột", "Cách điền"]]
        rows.append([set, "", "Mỗi dòng là một thuộc tính của bộ tiêu chí. Các dòng «Phần», «Khung hạng sao», «Điều kiện theo hạng», «Điểm cộng» được lặp lại, mỗi dòng một mục. Cột «Giải thích» chỉ để đọc."])
        rows.append([classification, "", "Mỗi dòng là một bộ sản phẩm. Mã nhóm và mã phân nhóm ghi trên mọi dòng; tên nhóm, tên phân nhóm chỉ cần ghi ở dòng đầu. Nhóm hoặc phân nhóm chưa có bộ sản phẩm nào vẫn có một dòng riêng."])
        rows.append([criteria, "", "Mỗi dòng là một phương án chấm, theo đúng thứ tự trong phiếu. Các cột mã ghi trên mọi dòng; các cột khác của phần, mục, tiêu chí, trường hợp chỉ cần ghi ở dòng đầu (nếu ghi lại ở dòng sau thì phải giống hệt). Dòng trống được bỏ qua."])
        let explanations: [(CriteriaColumn, String)] = [
            (.productSet, "Mã bộ sản phẩm, phải có trong trang «\(classification)»."),
            (.part, "Mã phần (A, B, C), phải được khai báo ở trang «\(set)»."),
            (.partName, "Tên phần; ghi ở dòng đầu của phần."),
            (.partMax, "Điểm tối đa của phần trong phiếu này; ghi ở dòng đầu của phần."),
            (.section, "Số thứ tự của mục trong phần (1, 2, 3…)."),
            (.sectionTitle, "Tên mục, ví dụ «1. TỔ CHỨC SẢN XUẤT»; ghi ở dòng đầu của mục."),
            (.criterion, "Mã tiêu chí, không trùng trong phiếu, ví dụ A.1.1."),
            (.criterionText, "Nội dung tiêu chí; ghi ở dòng đầu của tiêu chí."),
            (.caseID, "Chỉ dùng khi tiêu chí chia trường hợp (chọn một trường hợp rồi chấm trong trường hợp đó); để trống nếu không."),
            (.caseText, "Nội dung trường hợp; ghi ở dòng đầu của trường hợp."),
            (.optionID, "Mã phương án, không trùng trong tiêu chí, ví dụ 1, 2, 3 hoặc 1.1, 1.2."),
            (.optionText, "Nội dung phương án chấm; không được để trống."),
            (.points, "Điểm của phương án, tối đa 2 chữ số thập phân (2,5 hoặc 2.5)."),
            (.knockOut, "Ghi «x» nếu chọn phương án này thì sản phẩm bị loại và không chấm các tiêu chí sau."),
            (.mandatoryStar, "Tiêu chí bắt buộc (*): hạng sao (1–5) mà sản phẩm không được công nhận nếu không đạt tiêu chí này."),
            (.mandatoryOptions, "Mã các phương án được coi là đạt, cách nhau bằng dấu phẩy; để trống nghĩa là chỉ cần điểm lớn hơn 0."),
            (.appliesCriterion, "Tiêu chí này chỉ được chấm khi tiêu chí ghi ở đây (đứng trước nó) được chấm một trong các phương án ở cột sau."),
            (.appliesOptions, "Mã các phương án, cách nhau bằng dấu phẩy."),
            (.note, "Ghi chú hướng dẫn chấm; ghi ở dòng đầu của tiêu chí."),
            (.evidence, "Hồ sơ minh chứng cần có; ghi ở dòng đầu của tiêu chí."),
        ]
        for (column, text) in explanations { rows.append([criteria, column.header, text]) }
        return rows
    }
}
