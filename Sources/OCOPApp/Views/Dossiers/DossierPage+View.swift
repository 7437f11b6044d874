import Plot
import OCOPCore

/// Trang hồ sơ: facts, the checklist (each item with its file, upload/replace form and history),
/// the self-assessment and the submit button; download of the whole dossier as ZIP.
enum DossierPageView {
    static func render(_ context: PageContext, _ model: DossierPageModel) -> HTML {
        Layout.page(context) {
            Tag("dl", [("class", "facts"), ("id", "dossier-facts")]) {
                for fact in model.facts { Tag("dt") { Text(fact.label) }; Tag("dd") { Text(fact.value) } }
                Tag("dt") { Text("Trạng thái") }; Tag("dd", [("id", "dossier-state")]) { Text(model.outcome?.title ?? model.state.title) }
            }
            Paragraph { Link("Tải toàn bộ hồ sơ (ZIP, có mục lục)", url: SiteURL.dossierAction(id: model.id, action: "zip").path).id("dossier-zip") }
            if let panel = model.reEvaluation { ReEvaluationPanelView(panel: panel) }
            if let panel = model.updates { DossierUpdatesPanelView(panel: panel, csrf: context.csrfToken) }
            progress(model)
            if !model.actions.isEmpty { steps(model, context.csrfToken) }
            ErrorList(title: "Chưa nộp được hồ sơ", messages: model.submitErrors, id: "submit-errors")
            if !model.carryOverNotes.isEmpty {
                H2("Dùng lại từ hồ sơ trước")
                List(model.carryOverNotes) { Text($0) }.id("carry-over")
            }
            H2("Thành phần hồ sơ")
            Paragraph(model.summary).id("checklist-summary")
            Tag("ul", [("class", "checklist"), ("id", "checklist")]) {
                for item in model.items { ListItem { itemView(item, model, context.csrfToken) }.id("doc-\(item.code)") }
            }
            H2("Tự đánh giá")
            Paragraph(model.selfAssessment).id("self-assessment-summary")
            Paragraph { Link(model.mayPrepare && model.state.producerMayEdit ? "Tự đánh giá sản phẩm" : "Xem phiếu tự đánh giá",
                             url: SiteURL.dossierAction(id: model.id, action: "tu-danh-gia").path).class("button").id("self-assess") }
            if model.mayPrepare && model.state.producerMayEdit {
                // A GET: the next page says what submitting does and asks to confirm (`DossierSubmissionController`).
                Form(url: SiteURL.dossierAction(id: model.id, action: "nop").path, method: .get) {
                    if model.state == .returned {
                        TextAreaField(label: "Ghi chú gửi UBND xã", name: "note", value: model.note,
                                      hint: "Nêu ngắn gọn những gì đã bổ sung, sửa đổi.")
                    }
                    Button { Text(model.state == .returned ? "Nộp lại hồ sơ…" : "Nộp hồ sơ…") }
                        .attribute(named: "type", value: "submit").class("primary")
                }.id("submit-form")
            }
            if model.mayDelete {
                Paragraph {
                    Link("Xóa hồ sơ nháp…", url: SiteURL.dossierAction(id: model.id, action: "xoa").path).class("button").id("delete-draft")
                }
            }
            if !model.timeline.isEmpty {
                H2("Quá trình xử lý")
                Tag("ol", [("class", "timeline"), ("id", "timeline")]) {
                    for entry in model.timeline {
                        ListItem {
                            Paragraph {
                                Tag("strong") { Text(entry.title) }
                                Span(" — \(entry.actor), \(VietnameseFormat.dateTime(entry.at))").class("when")
                            }
                            if !entry.lines.isEmpty { List(entry.lines) { Text($0) } }
                        }
                    }
                }
            }
        }
    }

    /// Where the dossier stands: the commune's requests or the province's reasons while they are
    /// open, the commune's assessment, the letter that forwarded it, the round that received it.
    @ComponentBuilder
    private static func progress(_ model: DossierPageModel) -> Component {
        if !model.requests.isEmpty {
            Div {
                H2("UBND xã yêu cầu bổ sung")
                List(model.requests) { request in
                    if let code = request.documentCode, model.answeredRequests.contains(code) {
                        Span { Text(request.line); Text(" — "); Span("đã bổ sung").class("ok") }
                    } else {
                        Text(request.line)
                    }
                }
            }.class("requests").id("supplement-requests").attribute(named: "role", value: "status")
        }
        if !model.provinceReasons.isEmpty {
            Div {
                H2("UBND tỉnh trả lại hồ sơ")
                List(model.provinceReasons) { Text($0) }
            }.class("requests").id("province-reasons")
        }
        if let assessment = model.communeAssessment {
            Paragraph {
                Text(assessment + " ")
                Link("Báo cáo đánh giá cấp xã (A4)", url: SiteURL.dossierAction(id: model.id, action: "bao-cao-xa").path)
            }.id("commune-assessment")
        }
        RegistrationFormsPanelView.render(model.registrationForms)
        SampleReceiptView.panel(model.communeForms, dossierID: model.id)
        if let letter = model.letter {
            Paragraph {
                Text("Đã chuyển tỉnh theo ")
                if let id = letter.id {
                    Link("công văn số \(letter.number)", url: SiteURL.forwardingLetter(id: id).path)
                } else {
                    Text("công văn số \(letter.number)")
                }
            }.id("forwarding-letter")
        }
        if let round = model.evaluationRound {
            Paragraph("Tỉnh đã tiếp nhận vào đợt: \(round).").id("evaluation-round")
        }
        if let result = model.result {
            Paragraph {
                Text(result.text + " ")
                if let link = result.link { Link(result.label, url: link) } else { Text(result.label + ".") }
            }.class("lead").id("council-result")
        }
    }

    /// The buttons of the steps this person may take now.
    private static func steps(_ model: DossierPageModel, _ csrf: String) -> Component {
        Div {
            H2("Xử lý hồ sơ")
            Div {
                for action in model.actions {
                    switch action {
                    case .returnForSupplement:
                        Link(action.title, url: SiteURL.dossierAction(id: model.id, action: "tra-lai").path).class("button").id("step-return")
                    case .assess:
                        Link(action.title, url: SiteURL.dossierAction(id: model.id, action: "danh-gia-xa").path).class("button").id("step-assess")
                    case .forward:
                        Link(action.title, url: SiteURL.newForwardingLetter.path + "?ho-so[]=" + model.pick).class("button primary").id("step-forward")
                    case .returnToCommune:
                        Link(action.title, url: SiteURL.dossierAction(id: model.id, action: "tra-xa").path).class("button").id("step-return-commune")
                    case .accept:
                        acceptForm(model, csrf)
                    case .eliminate:
                        Link(action.title, url: SiteURL.dossierAction(id: model.id, action: "loai").path).class("button").id("step-eliminate")
                    case .submit, .resubmit:
                        EmptyComponent()
                    }
                }
            }.class("actions")
        }.id("dossier-steps")
    }

    private static func acceptForm(_ model: DossierPageModel, _ csrf: String) -> Component {
        if model.acceptRounds.isEmpty {
            return Paragraph {
                Text("Chưa có đợt đánh giá nào để tiếp nhận hồ sơ. ")
                Link("Mở đợt đánh giá", url: SiteURL.evaluationRounds.path)
            }.class("muted")
        }
        return Form(url: SiteURL.dossierIntake.path, method: .post) {
            CSRFField(token: csrf)
            Input(type: .hidden, name: "ho-so[]", value: model.pick)
            SelectField(label: "Đợt đánh giá, phân hạng", name: "evaluationRound", options: model.acceptRounds, selected: model.acceptRounds[0].value)
            Button { Text(DossierActionKind.accept.title) }.attribute(named: "type", value: "submit").class("primary")
        }.id("step-accept")
    }

    private static func itemView(_ item: DossierPageModel.Item, _ model: DossierPageModel, _ csrf: String) -> Component {
        Div {
            Paragraph {
                Tag("strong") { Text("\(item.code). \(item.title)") }
                Text(item.required ? " (bắt buộc) — " : " — ")
                Span(item.status).class(item.isMissing ? "bad" : "ok")
            }
            if !item.description.isEmpty { Paragraph(item.description).class("hint") }
            for request in model.requests where request.documentCode == item.code {
                if model.answeredRequests.contains(item.code) {
                    Paragraph("Đã bổ sung theo yêu cầu: \(request.reason)").class("ok").id("answered-\(item.code)")
                } else {
                    Paragraph("Yêu cầu bổ sung: \(request.reason)").class("request").id("request-\(item.code)")
                }
            }
            if let current = item.current {
                Paragraph {
                    Link(current.name, url: SiteURL.dossierAction(id: model.id, action: "tep/\(current.id)").path)
                    Text(" — \(current.by), \(current.at)" + (current.carried ? " (dùng lại từ hồ sơ trước)" : ""))
                }
                DocumentValidityView.line(item)
            }
            if !item.history.isEmpty {
                Tag("details") {
                    Tag("summary") { Text("Lịch sử (\(item.history.count) tệp đã thay)") }
                    List(item.history) { old in
                        Span {
                            Link(old.name, url: SiteURL.dossierAction(id: model.id, action: "tep/\(old.id)").path)
                            Text(" — \(old.by), \(old.at); thay ngày \(old.replacedAt)")
                        }
                    }
                }
            }
            if let error = model.uploadError, error.code == item.code {
                Paragraph(error.message).class("error-summary").id("upload-error").attribute(named: "role", value: "alert")
            }
            if model.mayUpload && model.state.producerMayEdit && item.code != DossierCatalogue.selfAssessmentCode {
                Form(url: SiteURL.dossierAction(id: model.id, action: "tai-lieu/\(item.code)").path, method: .post, contentType: .multipartData) {
                    CSRFField(token: csrf)
                    Tag("label", [("for", "f-file-\(item.code)")]) { Text(item.current == nil ? "Tải tệp lên" : "Thay tệp") }
                    Tag("input", [("type", "file"), ("name", "file"), ("id", "f-file-\(item.code)"), ("required", nil),
                                  ("accept", ".pdf,.jpg,.jpeg,.png,.docx,.xlsx")])
                    if item.hasTerm { DocumentValidityView.field(code: item.code) }
                    Button { Text(item.current == nil ? "Tải lên" : "Thay tệp") }.attribute(named: "type", value: "submit")
                    UploadProgress()
                }.class("inline-form").attribute(named: "data-upload", value: "true")
            }
        }
    }
}

/// Trang tự đánh giá: the round's sheet for the product set as radio buttons (the same `SheetTable`
/// as "Thử chấm"), saved by POST; the result, star and path to the next star beside it.
enum SelfAssessmentView {
    static func render(_ context: PageContext, _ model: SelfAssessmentModel) -> HTML {
        Layout.page(context) {
            Paragraph { Link("← Về hồ sơ", url: SiteURL.dossier(id: model.dossierID).path) }
            ErrorList(title: "Chưa lưu được", messages: model.errors, id: "assessment-errors")
            if let reason = model.unavailable {
                Paragraph(reason).class("bad").id("assessment-unavailable")
            } else if let sheet = model.sheet {
                Paragraph("\(sheet.set.name), phiên bản \(sheet.set.version) — \(sheet.productSet.code) \(sheet.productSet.name).").class("lead")
                Div {
                    Form(url: SiteURL.dossierAction(id: model.dossierID, action: "tu-danh-gia").path, method: .post) {
                        CSRFField(token: context.csrfToken)
                        Input(type: .hidden, name: "version", value: String(model.version))
                        ProducerFactsFields(facts: sheet.facts)
                        SheetTable(sheet: sheet.productSet.sheet, answers: sheet.answers, mode: .form)
                        if model.mayEdit {
                            Button { Text("Lưu phiếu tự đánh giá") }.attribute(named: "type", value: "submit").class("primary")
                        }
                    }.id("self-assessment-form").attribute(named: "data-live", value: "result-panel")
                    Tag("aside", [("id", "result-panel"), ("aria-live", "polite")]) { result(sheet) }
                }.class("try-layout")
                // Mẫu số 02 asks for evidence per criterion: where to attach it, and what each kind needs.
                Paragraph {
                    Link(model.mayEdit ? "Mô tả và đính kèm minh chứng từng tiêu chí (Mẫu số 02)" : "Báo cáo tự đánh giá (Mẫu số 02)",
                         url: SiteURL.dossierAction(id: model.dossierID, action: model.mayEdit ? "bao-cao-tu-danh-gia" : "mau-02").path)
                        .id("mau02-from-sheet")
                }
                Tag("details") {
                    Tag("summary") { Text("Tài liệu minh chứng cần có theo từng nội dung (bảng của Mẫu số 02)") }
                    Mau02View.evidenceTable()
                }.id("evidence-guide")
            }
        }
    }

    /// The result alone, also served as a fragment for the live refresh.
    static func result(_ sheet: DossierSelfAssessment.Sheet) -> Component {
        TrialResultPanel(title: "Kết quả tự đánh giá", outcome: sheet.outcome)
    }
}
