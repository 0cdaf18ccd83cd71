/// One human-facing text of a workshop file as the decoder read it: which key holds it,
/// where it is, who messages about it name, and the languages it is written in.
struct TextSite: Sendable {
    /// The key holding the text, such as `prompt` or `label`.
    var key: String
    /// Where the value (string or object of translations) starts.
    var position: JSONPosition
    /// The JSON path of the value.
    var path: JSONPath
    /// Who a message about the text names (`question 'x': `).
    var subject: WorkshopDecoder.Subject
    /// The language codes the text is written in; a plain string is in the workshop's language.
    var languages: Set<String>
}
