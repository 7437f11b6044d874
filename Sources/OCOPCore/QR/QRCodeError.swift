/// Lỗi tạo mã QR: why a QR code could not be made, said so that the person can fix the input.
public enum QRCodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text needs more bytes than version 40 holds at the chosen level.
    case textTooLong(byteCount: Int, maximumByteCount: Int, errorCorrection: QRErrorCorrection)

    public var message: String {
        switch self {
        case .textTooLong(let byteCount, let maximum, let level):
            "Nội dung quá dài để tạo mã QR: \(byteCount) byte (UTF-8), trong khi \(level.vietnamese) chỉ chứa "
                + "được tối đa \(maximum) byte. Hãy rút ngắn nội dung hoặc chọn mức sửa lỗi thấp hơn."
        }
    }

    public var description: String { message }
}
