import Foundation
import OCOPCore

/// Địa chỉ trang: every page's path in one place, so links and routes cannot drift apart.
/// Paths are Vietnamese without diacritics, as officers read them aloud.
package enum SiteURL {
    case home
    case login
    case logout
    case dashboard
    case changePassword
    case units
    case unit(code: String)
    /// The communes of a province (`?tinh=`) as JSON, for the producer form's commune list.
    case communeOptions
    case communeWorkspace(code: String)
    case provinceWorkspace(code: String)
    case accounts
    case newAccount
    case account(id: String)
    case accountAction(id: String, action: String)
    case audit
    case health
    case rounds
    case newRound
    case round(id: String)
    case roundAction(id: String, action: String)
    case criteria
    case criteriaImport
    case criteriaSet(id: String)
    case criteriaAction(id: String, action: String)
    case criteriaSheet(id: String, productSet: String)
    case criteriaTry(id: String, productSet: String)
    /// `target`: a product set code, or one of `SheetGrid.Target`'s set-wide segments.
    case criteriaEditor(id: String, target: String)
    case producers
    case producerExport(format: ListExport.Format)
    case newProducer
    case producer(id: String)
    /// `action`: "sua" (edit), "duyet" (approve), "tu-choi" (reject).
    case producerAction(id: String, action: String)
    case producerSignUp
    case products
    case productExport(format: ListExport.Format)
    case newProduct(producerID: String)
    case product(id: String)
    case productPhotos(product: String)
    case productPhoto(product: String, photo: String)
    case editProduct(id: String)
    case dossiers
    /// The "Tạo hồ sơ" form, for one product.
    case newDossier(product: String)
    case dossier(id: String)
    /// `action`: "nop" (submit or resubmit), "tu-danh-gia" (self-assessment), "zip", "tai-lieu/<code>",
    /// "tep/<document>"; the commune's "tra-lai" (return), "danh-gia-xa" (assess), "bao-cao-xa" (report);
    /// the province's "tiep-nhan" (accept), "tra-xa" (return to the commune).
    case dossierAction(id: String, action: String)
    /// The work queue narrowed to one state.
    case dossierQueue(state: DossierState)
    /// The queue's list as a file (the filter comes in the query string).
    case dossierExport(format: ListExport.Format)
    /// The province's intake of many dossiers at once (POST).
    case dossierIntake
    case dossierSamplesIntake
    /// The commune's forwarding letter for the dossiers picked in the queue.
    case newForwardingLetter
    case forwardingLetter(id: String)
    case evaluationRounds
    /// POST: creates the year's statutory rounds (Điều 5) that are missing.
    case statutoryEvaluationRounds
    case notifications
    case councils
    case council(id: String)
    /// `action`: "thanh-vien" (add a member), "xung-dot" (declare or record a conflict).
    case councilAction(id: String, action: String)
    case newMeeting(council: String)
    case meeting(id: String)
    case meetingAction(id: String, action: MeetingPage)
    /// A member's scoring sheet for one dossier of the meeting.
    case scoringSheet(meeting: String, dossier: String)
    /// Chấm lại: reopen a submitted sheet as a new version.
    case rescore(meeting: String, dossier: String)
    /// Đề nghị họp trực tiếp: by written opinions, a member asks the council to meet on the dossier.
    case requestMeeting(meeting: String, dossier: String)
    /// Kiểm nghiệm bổ sung: filing a test's result document, and downloading it.
    case testResult(id: String)
    /// Removing a product photo, and a calendar adjustment.
    case removeProductPhoto(product: String, photo: String)
    case removeCalendarAdjustment(id: String)
    case testFile(id: String)
    /// The working-day calendar of a year, with the administrator's adjustments.
    case workingCalendar
    case decision(id: String)
    /// The published list of recognised products (no login).
    case publicResults
    case certificate(id: String)
    /// The public verification page a certificate's QR code opens.
    case verification(number: String, code: String)
    /// Tra cứu giấy chứng nhận by its number alone (`?so=`), from the home page.
    case certificateLookup
    /// The live OCOP-mark badge of a certificate (SVG), for a shop's web page.
    case markBadge(number: String)
    /// The follow-up lists of certificates (`?loai=` one of `CertificateFollowUpList`).
    case certificateFollowUp
    /// One follow-up list, as the dashboard links it.
    case certificateFollowUpList(CertificateFollowUpList)
    case certificateFollowUpExport(format: ListExport.Format)
    /// The printed reminder letter of a certificate (a recognition) at a step (`?buoc=`).
    case reminderLetter(recognition: String)
    /// Nhật ký thư: the e-mail sent (or not) with its result.
    case mailLog
    case mailResend(id: String)
    /// The reminders' wording, for the administrator.
    case reminderTemplates
    case reminderTemplate(step: String)
    case reminderTemplateReset(step: String)
    /// Quyết định thu hồi giấy chứng nhận: the list, the form (`?gcn=` the certificates chosen), one decision, its conclusion's file.
    case revocations
    case newRevocation
    case revocation(id: String)
    case revocationConclusion(id: String)
    /// Kiểm tra sau công nhận: the list, the plan form (`?gcn=`), one inspection, its record, minutes,
    /// photos and the producer's answers.
    case inspections
    case newInspection
    case inspection(id: String)
    case inspectionAction(id: String, action: String)
    case inspectionFile(id: String, file: String)
    /// Kế hoạch kiểm tra: one plan, printable, with how far its inspections have got.
    case inspectionPlan(id: String)
    /// Phản ánh về sản phẩm: the list, the form (`?gcn=` the certificate), one complaint, closing it.
    case complaints
    case newComplaint
    case complaint(id: String)
    case closeComplaint(id: String)
    /// `id` nil: mark every message read.
    case notificationRead(id: String?)

    package var path: String {
        switch self {
        case .home: "/"
        case .login: "/dang-nhap"
        case .logout: "/dang-xuat"
        case .dashboard: "/bang-dieu-khien"
        case .changePassword: "/doi-mat-khau"
        case .units: "/don-vi"
        case .unit(let code): "/don-vi/\(code)"
        case .communeOptions: "/don-vi/xa-phuong"
        case .communeWorkspace(let code): "/xa/\(code)"
        case .provinceWorkspace(let code): "/tinh/\(code)"
        case .accounts: "/tai-khoan"
        case .newAccount: "/tai-khoan/moi"
        case .account(let id): "/tai-khoan/\(id)"
        case .accountAction(let id, let action): "/tai-khoan/\(id)/\(action)"
        case .audit: "/nhat-ky"
        case .health: "/healthz"
        case .rounds: "/dot-dang-ky"
        case .newRound: "/dot-dang-ky/moi"
        case .round(let id): "/dot-dang-ky/\(id)"
        case .roundAction(let id, let action): "/dot-dang-ky/\(id)/\(action)"
        case .criteria: "/tieu-chi"
        case .criteriaImport: "/tieu-chi/nhap"
        case .criteriaSet(let id): "/tieu-chi/\(id)"
        case .criteriaAction(let id, let action): "/tieu-chi/\(id)/\(action)"
        case .criteriaSheet(let id, let code): "/tieu-chi/\(id)/phieu/\(SiteURL.segment(code))"
        case .criteriaTry(let id, let code): "/tieu-chi/\(id)/thu/\(SiteURL.segment(code))"
        case .criteriaEditor(let id, let code): "/tieu-chi/\(id)/sua/\(SiteURL.segment(code))"
        case .producers: "/chu-the"
        case .producerExport(let format): "/chu-the/xuat.\(format.rawValue)"
        case .newProducer: "/chu-the/moi"
        case .producer(let id): "/chu-the/\(id)"
        case .producerAction(let id, let action): "/chu-the/\(id)/\(action)"
        case .producerSignUp: "/dang-ky-chu-the"
        case .products: "/san-pham"
        case .productExport(let format): "/san-pham/xuat.\(format.rawValue)"
        case .newProduct(let id): "/chu-the/\(id)/san-pham/moi"
        case .product(let id): "/san-pham/\(id)"
        case .productPhotos(let product): "/san-pham/\(product)/anh"
        case .productPhoto(let product, let photo): "/san-pham/\(product)/anh/\(photo)"
        case .editProduct(let id): "/san-pham/\(id)/sua"
        case .dossiers: "/ho-so"
        case .newDossier(let product): "/ho-so/moi?san-pham=\(product)"
        case .dossier(let id): "/ho-so/\(id)"
        case .dossierAction(let id, let action): "/ho-so/\(id)/\(action)"
        case .dossierQueue(let state): "/ho-so?trang-thai=\(state.rawValue)"
        case .dossierExport(let format): "/ho-so/xuat.\(format.rawValue)"
        case .dossierIntake: "/ho-so/tiep-nhan"
        case .dossierSamplesIntake: "/ho-so/nhan-mau-san-pham"
        case .newForwardingLetter: "/cong-van/moi"
        case .forwardingLetter(let id): "/cong-van/\(id)"
        case .evaluationRounds: "/dot-danh-gia"
        case .statutoryEvaluationRounds: "/dot-danh-gia/theo-quy-dinh"
        case .notifications: "/thong-bao"
        case .councils: "/hoi-dong"
        case .council(let id): "/hoi-dong/\(id)"
        case .councilAction(let id, let action): "/hoi-dong/\(id)/\(action)"
        case .newMeeting(let council): "/hoi-dong/\(council)/phien-hop/moi"
        case .meeting(let id): "/phien-hop/\(id)"
        case .meetingAction(let id, let action): "/phien-hop/\(id)/\(action.rawValue)"
        case .scoringSheet(let meeting, let dossier): "/phien-hop/\(meeting)/cham/\(dossier)"
        case .rescore(let meeting, let dossier): "/phien-hop/\(meeting)/cham/\(dossier)/cham-lai"
        case .requestMeeting(let meeting, let dossier): "/phien-hop/\(meeting)/cham/\(dossier)/de-nghi-hop"
        case .testResult(let id): "/kiem-nghiem/\(id)/ket-qua"
        case .removeProductPhoto(let product, let photo): "/san-pham/\(product)/anh/\(photo)/xoa"
        case .removeCalendarAdjustment(let id): "/lich-lam-viec/\(id)/xoa"
        case .testFile(let id): "/kiem-nghiem/\(id)/tep"
        case .workingCalendar: "/lich-lam-viec"
        case .decision(let id): "/quyet-dinh/\(id)"
        case .publicResults: "/san-pham-ocop"
        case .certificate(let id): "/giay-chung-nhan/\(id)"
        case .verification(let number, let code): "/xac-minh/\(number)?ma=\(code)"
        case .certificateLookup: "/xac-minh"
        case .markBadge(let number): "/dau-ocop/\(number)/huy-hieu.svg"
        case .certificateFollowUp: "/theo-doi-chung-nhan"
        case .certificateFollowUpList(let list): "/theo-doi-chung-nhan?loai=\(list.rawValue)"
        case .certificateFollowUpExport(let format): "/theo-doi-chung-nhan/xuat.\(format.rawValue)"
        case .reminderLetter(let id): "/theo-doi-chung-nhan/\(id)/thu-nhac"
        case .mailLog: "/nhat-ky-thu"
        case .mailResend(let id): "/nhat-ky-thu/\(id)/gui-lai"
        case .reminderTemplates: "/mau-thu-nhac"
        case .reminderTemplate(let step): "/mau-thu-nhac/\(step)"
        case .reminderTemplateReset(let step): "/mau-thu-nhac/\(step)/mac-dinh"
        case .revocations: "/thu-hoi"
        case .newRevocation: "/thu-hoi/moi"
        case .revocation(let id): "/thu-hoi/\(id)"
        case .revocationConclusion(let id): "/thu-hoi/\(id)/ket-luan"
        case .inspections: "/kiem-tra"
        case .newInspection: "/kiem-tra/moi"
        case .inspection(let id): "/kiem-tra/\(id)"
        case .inspectionAction(let id, let action): "/kiem-tra/\(id)/\(action)"
        case .inspectionFile(let id, let file): "/kiem-tra/\(id)/tep/\(file)"
        case .inspectionPlan(let id): "/ke-hoach-kiem-tra/\(id)"
        case .complaints: "/phan-anh"
        case .newComplaint: "/phan-anh/moi"
        case .complaint(let id): "/phan-anh/\(id)"
        case .closeComplaint(let id): "/phan-anh/\(id)/dong"
        case .notificationRead(let id): id.map { "/thong-bao/\($0)/da-doc" } ?? "/thong-bao/da-doc"
        }
    }

    /// A code as one path segment (product set codes may hold dots, never slashes after this).
    static func segment(_ code: String) -> String {
        code.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? code
    }
}
