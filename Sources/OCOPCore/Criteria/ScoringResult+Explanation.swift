extension ScoringResult {
    /// "82,5 điểm, 4★ theo thang điểm, nhưng hạ xuống 3★ vì chưa có nhãn hiệu đã đăng ký (bắt buộc từ 4★); được công nhận."
    ///
    /// Built on demand, not while scoring, so that bulk scoring pays nothing for it.
    public var explanation: String {
        var text = "\(total.vietnamese) điểm"
        if bonus > .zero { text += " (gồm \(bonus.vietnamese) điểm cộng)" }
        if let knockOut {
            text += ", bị loại tại tiêu chí \(knockOut.criterionCode) (phương án «\(knockOut.optionText)»)"
            if !knockOut.unscoredCriteria.isEmpty {
                text += "; \(knockOut.unscoredCriteria.count) tiêu chí sau đó không được chấm"
            }
            return text + "; sản phẩm không được công nhận."
        }
        if caps.isEmpty {
            text += ", \(bandStar)"
        } else {
            let reasons = caps.map(\.vietnamese).joined(separator: " và ")
            if let finalStar {
                text += ", \(bandStar) theo thang điểm, nhưng hạ xuống \(finalStar) vì \(reasons)"
            } else {
                text += ", \(bandStar) theo thang điểm, nhưng không được xếp hạng vì \(reasons)"
            }
        }
        if isRecognised {
            text += "; được công nhận."
        } else {
            text += "; chưa đạt hạng được công nhận (từ \(recognitionThreshold))."
        }
        return text
    }

    /// "Phần A 30/40 · Phần B 20/25 · Phần C 32,5/35".
    public var partSummary: String {
        partTotals.map { "Phần \($0.part) \($0.points.vietnamese)/\($0.maxPoints.vietnamese)" }.joined(separator: " · ")
    }
}
