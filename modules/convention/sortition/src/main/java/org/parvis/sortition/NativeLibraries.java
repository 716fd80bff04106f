package org.parvis.sortition;

import com.google.ortools.Loader;
import com.sun.jna.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * Loads OR-Tools' native code (shipped inside its jar) once.
 *
 * <p>OR-Tools' own loader unpacks its native directory through a {@code java.nio} file system
 * opened on the resource's URI, which only exists for {@code jar:} and {@code file:} URLs. Class
 * loaders of application servers serve resources from a virtual file system ({@code vfs:} URLs on
 * WildFly), where that fails; there the directory is read as a jar stream (what such a URL gives
 * for a directory) and unpacked into a fresh temporary directory, one per class loader, since the
 * JVM binds a JNI library to a single class loader.
 */
final class NativeLibraries {
  private static boolean loaded;

  private NativeLibraries() {}

  static synchronized void load() {
    if (loaded) {
      return;
    }
    try {
      Loader.loadNativeLibraries();
    } catch (RuntimeException | LinkageError e) {
      try {
        loadFromResourceStream();
      } catch (IOException | RuntimeException | LinkageError fallback) {
        fallback.addSuppressed(e);
        throw new IllegalStateException("Cannot load OR-Tools' native libraries", fallback);
      }
    }
    loaded = true;
  }

  private static void loadFromResourceStream() throws IOException {
    String directory = "ortools-" + Platform.RESOURCE_PREFIX + "/";
    URL url = Loader.class.getClassLoader().getResource(directory);
    if (url == null) {
      throw new IOException("No " + directory + " in the class path");
    }
    Path target = Files.createTempDirectory("ortools-java");
    target.toFile().deleteOnExit();
    try (InputStream in = url.openStream(); JarInputStream jar = new JarInputStream(in)) {
      for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
        String name = entry.getName();
        if (entry.isDirectory() || name.startsWith("META-INF/")) {
          continue;
        }
        Path file = target.resolve(name.substring(name.lastIndexOf('/') + 1));
        Files.copy(jar, file, StandardCopyOption.REPLACE_EXISTING);
        file.toFile().deleteOnExit();
      }
    }
    System.load(target.resolve(System.mapLibraryName("jniortools")).toAbsolutePath().toString());
  }
}
