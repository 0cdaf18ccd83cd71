/// A JSON object being decoded: its members, where it is, and who messages about it name.
struct ObjectNode {
    var members: [JSONMember]
    var position: JSONPosition
    var path: JSONPath
    var subject: WorkshopDecoder.Subject

    /// The member named `key`, if present.
    func member(_ key: String) -> JSONMember? {
        members.first { $0.key == key }
    }

    /// The same object, with messages about it naming `subject`.
    func about(_ subject: WorkshopDecoder.Subject) -> ObjectNode {
        var copy = self
        copy.subject = subject
        return copy
    }
}
