import Foundation
import PropertyBased
import Testing
@testable import OCOPCore

@Suite("Tải tệp lên")
struct UploadPolicyTests {
    let policy = UploadPolicy()

    func bytes(_ prefix: [UInt8], _ rest: String = " nội dung") -> Data { Data(prefix) + Data(rest.utf8) }

    @Test("Nhận PDF, JPEG, PNG theo chữ ký đầu tệp, không theo tên tệp")
    func signatures() throws {
        #expect(UploadPolicy.detect(Data("%PDF-1.7\n".utf8)) == .accepted(.pdf))
        #expect(UploadPolicy.detect(bytes([0xFF, 0xD8, 0xFF, 0xE0])) == .accepted(.jpeg))
        #expect(UploadPolicy.detect(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) == .accepted(.png))
        let accepted = try policy.check(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), fileName: "Ảnh sản phẩm.pdf").get()
        #expect(accepted.contentType == .png)
        #expect(accepted.fileName == "Ảnh sản phẩm.png")
        #expect(accepted.contentType.mimeType == "image/png")
        // A truncated PNG signature is not a PNG.
        #expect(UploadPolicy.detect(bytes([0x89, 0x50, 0x4E, 0x47])) == .refused(.unsupported))
        #expect(UploadPolicy.detect(Data("%PDF".utf8)) == .refused(.unsupported))
    }

    @Test("Word và Excel: tệp ZIP có [Content_Types].xml và thư mục word/ hoặc xl/")
    func office() {
        #expect(ZipDirectory.entryNames(in: TinyZip.docx) == ["[Content_Types].xml", "_rels/.rels", "word/document.xml"])
        #expect(UploadPolicy.detect(TinyZip.docx) == .accepted(.docx))
        #expect(UploadPolicy.detect(TinyZip.xlsx) == .accepted(.xlsx))
        #expect(UploadPolicy.detect(TinyZip.archive([TinyZip.contentTypes, ("word/document.xml", "x")], comment: "ghi chú")) == .accepted(.docx))
        // Names given by the caller are used instead of the bytes'.
        #expect(UploadPolicy.detect(TinyZip.docx, zipEntryNames: ["[Content_Types].xml", "xl/workbook.xml"]) == .accepted(.xlsx))
        #expect(UploadPolicy.detect(TinyZip.archive([("anh.jpg", "x"), ("setup.exe", "MZ")])) == .refused(.archive))
        #expect(UploadPolicy.detect(TinyZip.archive([TinyZip.contentTypes, ("word/document.xml", "x"), ("word/vbaProject.bin", "x")]))
            == .refused(.macro))
        #expect(UploadPolicy.detect(TinyZip.archive([TinyZip.contentTypes, ("word/a.xml", "x"), ("xl/b.xml", "x")])) == .refused(.archive))
        // A ZIP header with a cut-off body.
        #expect(UploadPolicy.detect(TinyZip.docx.prefix(60)) == .refused(.damagedArchive))
        #expect(UploadPolicy.detect(TinyZip.archive([])) == .refused(.archive))
    }

    @Test("Chương trình, tệp lệnh, định dạng cũ, tệp lạ bị từ chối với lời nhắn tiếng Việt")
    func refusals() {
        func message(_ data: Data, _ name: String) -> String? {
            if case .failure(let refusal) = policy.check(data, fileName: name) { refusal.message } else { nil }
        }
        #expect(message(bytes(Array("MZ".utf8)), "C:\\Users\\an\\ho-so.pdf")
            == "Tệp «ho-so.pdf» là chương trình máy tính, không phải tài liệu; hệ thống không nhận.")
        #expect(message(bytes([0x7F, 0x45, 0x4C, 0x46]), "anh.jpg") == "Tệp «anh.jpg» là chương trình máy tính, không phải tài liệu; hệ thống không nhận.")
        #expect(message(Data("#!/bin/sh\nrm -rf /".utf8), "bao-cao.docx") == "Tệp «bao-cao.docx» là tệp lệnh (script), không phải tài liệu; hệ thống không nhận.")
        #expect(message(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), "phuong-an.doc")
            == "Tệp «phuong-an.doc» là Word/Excel định dạng cũ (.doc, .xls); vui lòng lưu lại thành .docx, .xlsx hoặc PDF rồi tải lên.")
        #expect(message(Data("<html><script>".utf8), "trang.pdf")
            == "Tệp «trang.pdf» không đúng định dạng: chỉ nhận PDF, ảnh JPEG, ảnh PNG, Word (.docx), Excel (.xlsx).")
        #expect(message(Data(), "rong.pdf") == "Tệp «rong.pdf» rỗng, không có nội dung.")
        let imagesOnly = UploadPolicy(allowedTypes: [.jpeg, .png])
        if case .failure(let refusal) = imagesOnly.check(Data("%PDF-1.4".utf8), fileName: "a.pdf") {
            #expect(refusal == Refusal(file: .notAllowed, "Mục này không nhận tệp PDF; chỉ nhận ảnh JPEG, ảnh PNG."))
        } else {
            Issue.record("a PDF was accepted where only images are")
        }
    }

    @Test("Giới hạn dung lượng: mặc định 20 MB, cấu hình được")
    func size() {
        #expect(UploadPolicy.defaultMaxBytes == 20_971_520)
        #expect(policy.checkSize(20_971_520, fileName: "a.pdf") == nil)
        #expect(policy.checkSize(26_528_972, fileName: "ban-quet.pdf")?.message
            == "Tệp «ban-quet.pdf» có dung lượng 25,3 MB, vượt giới hạn 20 MB cho mỗi tệp. Vui lòng giảm độ phân giải khi quét hoặc tách thành nhiều tệp.")
        let small = UploadPolicy(maxBytes: 5)
        if case .failure(let refusal) = small.check(Data("%PDF-1.7".utf8), fileName: "a.pdf") {
            #expect(refusal.file == .tooLarge)
        } else {
            Issue.record("size limit ignored")
        }
    }

    @Test("Tên tệp an toàn: bỏ thư mục, ký tự cấm, tên thiết bị; giữ tiếng Việt; đuôi theo nội dung")
    func safeNames() {
        #expect(UploadPolicy.safeFileName("../../etc/passwd", as: .pdf) == "passwd.pdf")
        #expect(UploadPolicy.safeFileName("C:\\Hồ sơ\\Giấy ĐKKD <bản sao>.PDF", as: .pdf) == "Giấy ĐKKD bản sao.pdf")
        #expect(UploadPolicy.safeFileName("bao-cao.pdf.exe", as: .pdf) == "bao-cao.pdf.pdf")
        #expect(UploadPolicy.safeFileName(".htaccess", as: .png) == "htaccess.png")
        #expect(UploadPolicy.safeFileName("CON.docx", as: .docx) == "_CON.docx")
        #expect(UploadPolicy.safeFileName("   ", as: .jpeg) == "tai-lieu.jpg")
        #expect(UploadPolicy.safeFileName("a\u{0}b\u{202E}fdp.exe", as: .pdf) == "a b fdp.pdf")
        // Decomposed input (as macOS sends it) comes out precomposed.
        #expect(UploadPolicy.safeFileName("Ma\u{0323}\u{0302}t ong.jpg", as: .jpeg) == "Mật ong.jpg")
        #expect(UploadPolicy.safeFileName(String(repeating: "Đặc sản ", count: 40), as: .pdf).utf8.count <= 154)
    }

    /// Whatever the name, the safe name has no folder, reserved or control character, the detected
    /// extension, and at most 150 bytes before it.
    @Test func safeNamesAreSafe() async {
        let scalar = Gen.int(in: 0...0x2FFF).compactMap { Unicode.Scalar($0).map(Character.init) }
        await propertyCheck(count: 300, input: scalar.array(of: 0...200), Gen<UploadContentType>.case) { characters, type in
            let name = UploadPolicy.safeFileName(String(characters), as: type)
            let base = name.dropLast(type.fileExtension.count + 1)
            #expect(name.hasSuffix("." + type.fileExtension))
            #expect(!base.isEmpty && base.utf8.count <= 150)
            #expect(!name.contains { "<>:\"/\\|?*".contains($0) })
            #expect(!name.unicodeScalars.contains { $0.properties.generalCategory == .control })
            #expect(!name.hasPrefix(".") && !name.hasPrefix(" "))
        }
    }

    /// Random bytes are accepted only when they begin with an accepted signature.
    @Test func randomBytesNeedASignature() async {
        await propertyCheck(count: 500, input: Gen<UInt8>.value(in: 0...255).array(of: 0...64)) { raw in
            let detection = UploadPolicy.detect(Data(raw))
            if case .accepted(let type) = detection {
                switch type {
                case .pdf: #expect(raw.starts(with: Array("%PDF-".utf8)))
                case .jpeg: #expect(raw.starts(with: [0xFF, 0xD8, 0xFF]))
                case .png: #expect(raw.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
                case .docx, .xlsx: Issue.record("random bytes taken for an Office file")
                }
            }
        }
    }
}
