import AccordCore
import ArgumentParser
import Foundation

/// `accord workshops`: the workshops built into Accord, usable by name with `--workshop`.
struct WorkshopsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workshops",
        abstract: "List the built-in workshops: name, languages, title.",
        discussion: """
            Every command that takes --workshop accepts one of these names from any folder \
            (accord session new --workshop common-vision --partners Acme,Globex); a path to a \
            workshop file works as before, and a file that exists wins over a name.
            """
    )

    func run() throws {
        let rows = try BuiltInWorkshops.all.map { builtIn in
            let workshop = try WorkshopLoader().load(builtIn.data, file: builtIn.file)
            let languages = ([workshop.language] + workshop.title.translations.keys.sorted())
            var seen = Set<String>()
            return (builtIn.name, languages.filter { seen.insert($0).inserted }.joined(separator: ","), workshop.title.text)
        }
        let nameWidth = max(4, rows.map { $0.0.count }.max() ?? 0) + 2
        let languageWidth = max(9, rows.map { $0.1.count }.max() ?? 0) + 2
        print("NAME".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            + "LANGUAGES".padding(toLength: languageWidth, withPad: " ", startingAt: 0) + "TITLE")
        for (name, languages, title) in rows {
            print(name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                + languages.padding(toLength: languageWidth, withPad: " ", startingAt: 0) + title)
        }
    }
}
