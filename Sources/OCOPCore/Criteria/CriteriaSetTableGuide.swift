extension CriteriaSetTables {
    /// «Hướng dẫn»: how to fill the other sheets, for the officer who opens the workbook without this
    /// application at hand. Never read back.
    static var guideRows: [[String]] {
        let set = setSheetName, classification = classificationSheetName, criteria = criteriaSheetName
        var rows: [[String]] = [["Trang", "Cột", "Cách điền"]]
        rows.append([set, "", "Mỗi dòng là một thuộc tính của bộ tiêu chí. Các dòng «Phần», «Khung hạng sao», «Điều kiện theo hạng», «Điểm cộng» được lặp lại, mỗi dòng một mục. Cột «Giải thích» chỉ để đọc."])
        rows.append([classification, "", "Mỗi dòng là một bộ sản phẩm. Mã nhóm và mã phân nhóm ghi trên mọi dòng; tên nhóm, tên phân nhóm chỉ cần ghi ở dòng đầu. Nhóm hoặc phân nhóm chưa có bộ sản phẩm nào vẫn có một dòng riêng."])
        let classificationExplanations: [(ClassificationColumn, String)] = [
            (.authority, "Cơ quan chủ trì quản lý bộ sản phẩm (Phụ lục I Quyết định 26/2026), ví dụ «Bộ Công Thương»; để trống nếu văn bản không ghi."),
            (.eliminationRule, "Điều kiện loại hồ sơ của bộ sản phẩm, ghi nguyên văn, ví dụ «Hồ sơ bị loại khi: Giả mạo hồ sơ…». Cán bộ kiểm tra khi tiếp nhận hồ sơ, không chấm điểm. Nếu có nhiều điều kiện, mỗi điều kiện thêm một dòng ngay bên dưới, ghi lại mã nhóm, mã phân nhóm, mã bộ sản phẩm và để trống các cột khác."),
        ]
        for (column, text) in classificationExplanations { rows.append([classification, column.header, text]) }
        rows.append([criteria, "", "Mỗi dòng là một phương án chấm, theo đúng thứ tự trong phiếu. Các cột mã ghi trên mọi dòng; các cột khác của phần, mục, tiêu chí, trường hợp chỉ cần ghi ở dòng đầu (nếu ghi lại ở dòng sau thì phải giống hệt). Dòng trống được bỏ qua."])
        let explanations: [(CriteriaColumn, String)] = [
            (.productSet, "Mã bộ sản phẩm, phải có trong trang «\(classification)»."),
            (.part, "Mã phần (A, B, C), phải được khai báo ở trang «\(set)»."),
            (.partName, "Tên phần; ghi ở dòng đầu của phần."),
            (.partMax, "Điểm tối đa của phần trong phiếu này; ghi ở dòng đầu của phần."),
            (.section, "Số thứ tự của mục trong phần (1, 2, 3…)."),
            (.sectionTitle, "Tên mục, ví dụ «1. TỔ CHỨC SẢN XUẤT»; ghi ở dòng đầu của mục."),
            (.sectionMax, "Điểm tối đa của mục đúng như in trên phiếu; ghi ở dòng đầu của mục, để trống nếu phiếu không in. Trình kiểm tra so với tổng điểm tối đa các tiêu chí của mục."),
            (.sectionMaxPrinted, "Chỉ dùng khi ô điểm của mục trong văn bản nguồn không đọc được thành một số (ví dụ in «4» và «1»): ghi nguyên văn. Khi ô này còn nội dung, phiếu bị báo lỗi cho đến khi cán bộ đối chiếu bản gốc, ghi đúng «\(CriteriaColumn.sectionMax.header)» và xóa nội dung ô này."),
            (.criterion, "Mã tiêu chí, không trùng trong phiếu, ví dụ A.1.1."),
            (.parent, "Chỉ dùng cho tiêu chí con (điểm của tiêu chí cha là tổng điểm các tiêu chí con, mỗi tiêu chí con chấm riêng): mã của tiêu chí cha, ví dụ C.6.1 cho tiêu chí con C.6.1.1. Tiêu chí cha có một dòng riêng (không có phương án) ngay trước các tiêu chí con. Để trống với tiêu chí thường."),
            (.criterionText, "Nội dung tiêu chí; ghi ở dòng đầu của tiêu chí."),
            (.criterionMax, "Điểm tối đa của tiêu chí đúng như in trên phiếu; ghi ở dòng đầu của tiêu chí, để trống nếu phiếu không in. Trình kiểm tra so với điểm cao nhất của các phương án (hoặc tổng điểm các tiêu chí con)."),
            (.yesNo, "Ghi «x» nếu tiêu chí chỉ chấm có/không (phiếu không in phương án): khi đó không cần dòng phương án, tiêu chí được chấm «Không» 0 điểm hoặc «Có» bằng «\(CriteriaColumn.criterionMax.header)»."),
            (.caseID, "Chỉ dùng khi tiêu chí chia trường hợp (chọn một trường hợp rồi chấm trong trường hợp đó); để trống nếu không."),
            (.caseText, "Nội dung trường hợp; ghi ở dòng đầu của trường hợp."),
            (.optionID, "Mã phương án, không trùng trong tiêu chí, ví dụ 1, 2, 3 hoặc 1.1, 1.2."),
            (.optionText, "Nội dung phương án chấm; không được để trống."),
            (.points, "Điểm của phương án, tối đa 2 chữ số thập phân (2,5 hoặc 2.5). Chỉ được để trống khi cột «\(CriteriaColumn.pointsPrinted.header)» có ghi."),
            (.pointsPrinted, "Chỉ dùng khi văn bản nguồn in sai điểm của phương án: ghi nguyên văn điểm đã in (ví dụ «13»), hoặc «\(TableText.printedBlank)» nếu ô điểm để trống. Khi ô này còn nội dung, phiếu bị báo lỗi; sau khi nhập điểm đúng vào cột «\(CriteriaColumn.points.header)», hãy xóa nội dung ô này."),
            (.knockOut, "Ghi «x» nếu chọn phương án này thì sản phẩm bị loại và không chấm các tiêu chí sau."),
            (.minForStar, "Mức tối thiểu theo hạng sao (dấu sao trên phiếu): hạng sao (1–5, trên phiếu 26/2026 là 3, 4 hoặc 5) mà phương án này là mức thấp nhất phải đạt. Mức cho 4 sao cũng áp dụng cho 5 sao, trừ khi một phương án cao hơn được ghi 5. Mỗi hạng sao chỉ ghi cho một phương án của tiêu chí."),
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
