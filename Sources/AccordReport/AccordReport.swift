/// Renderers of the alignment gap report.
public enum AccordReportModule {}
