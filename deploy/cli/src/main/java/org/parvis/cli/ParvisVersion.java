package org.parvis.cli;

import picocli.CommandLine.IVersionProvider;

final class ParvisVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ParvisVersion.class.getPackage().getImplementationVersion();
    return new String[] {"parvis " + (version == null ? "development build" : version)};
  }
}
