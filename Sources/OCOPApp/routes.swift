import Vapor

func routes(_ app: Application) throws {
    try app.register(collection: HomeController())
    try app.register(collection: HealthController())
    try app.register(collection: AuthController())
    try app.register(collection: DashboardController())
    try app.register(collection: UnitsController())
    try app.register(collection: WorkspaceController())
    try app.register(collection: AccountsController())
    try app.register(collection: AccountRolesController())
    try app.register(collection: AuditController())
    try app.register(collection: RoundsController())
    try app.register(collection: ProductPhotosController(uploadBodyLimit: app.settings.uploadBodyLimit))
    try app.register(collection: CriteriaController())
    try app.register(collection: CriteriaEditController(uploadBodyLimit: app.settings.uploadBodyLimit))
    try app.register(collection: CriteriaEditorController())
    try app.register(collection: ProducersController())
    try app.register(collection: ProductsController())
    try app.register(collection: DossiersController(uploadBodyLimit: app.settings.uploadBodyLimit))
    try app.register(collection: SignUpController())
}
