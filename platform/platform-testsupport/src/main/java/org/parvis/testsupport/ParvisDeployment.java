package org.parvis.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment integration tests run: the WAR the build assembled (never a hand-listed set of
 * classes), under the name the server's OIDC configuration expects.
 */
public final class ParvisDeployment {

  public static final String NAME = "parvis.war";

  private ParvisDeployment() {}

  public static WebArchive builtWar() {
    File war = new File(System.getProperty("parvis.it.war", "target/parvis.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn package): " + war);
    }
    return ShrinkWrap.create(ZipImporter.class, NAME).importFrom(war).as(WebArchive.class);
  }
}
