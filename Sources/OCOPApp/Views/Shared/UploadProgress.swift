import Plot

/// The progress bar and spoken status of an upload form marked `data-upload` (see app.js): hidden
/// until the upload starts; without JavaScript the form simply submits.
struct UploadProgress: Component {
    var body: Component {
        Div {
            Tag("progress", [("max", "100"), ("value", "0"), ("hidden", nil)]) { EmptyComponent() }
            Span("").attribute(named: "data-upload-status", value: "true").attribute(named: "aria-live", value: "polite")
        }.class("upload-progress")
    }
}
