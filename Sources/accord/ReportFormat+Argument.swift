import AccordReport
import ArgumentParser

extension ReportFormat: ExpressibleByArgument {}
