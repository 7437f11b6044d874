import Plot

/// Elements Plot's component API lacks (main, select, small, dl …), built from Plot nodes so
/// that text and attribute values are still escaped.
struct Tag: Component {
    let name: String
    let attributes: [(String, String?)]
    let content: Component

    init(_ name: String, _ attributes: [(String, String?)] = [], @ComponentBuilder content: () -> Component = { EmptyComponent() }) {
        self.name = name
        self.attributes = attributes
        self.content = content()
    }

    /// HTML's void elements take no end tag: `<input …></input>` is an error to the W3C validator.
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    var body: Component {
        if Self.voidElements.contains(name) {
            // A nil value is a bare attribute ("checked"), as below.
            return Node<HTML.BodyContext>.selfClosedElement(named: name, attributes: attributes.map { name, value in
                Attribute<HTML.BodyContext>(name: name, value: value, ignoreIfValueIsEmpty: false)
            })
        }
        let attributeNodes: [Node<HTML.BodyContext>] = attributes.map { name, value in
            value.map { Node.attribute(named: name, value: $0, ignoreIfValueIsEmpty: false) } ?? Node.attribute(named: name)
        }
        return Node<HTML.BodyContext>.element(named: name, nodes: attributeNodes + [.component(content)])
    }
}

/// A select box whose options are (value, label) pairs; the chosen value is re-selected when a
/// form comes back with errors.
struct SelectBox: Component {
    let id: String
    let name: String
    let options: [(value: String, label: String)]
    let selected: String?
    var describedBy: String?
    var attributes: [(String, String?)] = []

    var body: Component {
        Tag("select", [("id", id), ("name", name)] + (describedBy.map { [("aria-describedby", $0)] } ?? []) + attributes) {
            for option in options {
                Tag("option", [("value", option.value)] + (option.value == selected ? [("selected", nil)] : [])) {
                    Text(option.label)
                }
            }
        }
    }
}
