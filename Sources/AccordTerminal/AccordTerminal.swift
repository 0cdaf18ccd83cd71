/// The interactive runner's terminal layer.
public enum AccordTerminalModule {}
