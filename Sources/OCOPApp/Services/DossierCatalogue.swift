import Foundation
import OCOPCore

/// Danh mục tài liệu hồ sơ in force: the shipped `dossier-documents.json`, with the self-assessment
/// and three-year report added (the catalogue's docs: a 1048-era list lacks them), and the standard
/// requirements per kind built from it. Loaded once; a bad file stops the app at start, not at submit.
package enum DossierCatalogue {
    package static let catalogue: DossierDocumentCatalogue = {
        do {
            let data = Data(try ResourceFiles.reference("dossier-documents.json").utf8)
            return try DossierDocumentCatalogue.decode(data).adding([.selfAssessment, .threeYearResults])
        } catch {
            fatalError("dossier-documents.json: \(error)")
        }
    }()

    package static let requirements = DossierRequirements.standard(from: catalogue)

    /// The self-assessment is filled on screen, not uploaded.
    static let selfAssessmentCode = DossierDocumentType.selfAssessment.code
}
